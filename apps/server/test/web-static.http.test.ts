import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test-app';

/**
 * The web app as the server sends it: the brotli or gzip copy the build wrote (apps/web/build/precompress.ts)
 * when the browser accepts it, hashed assets cached for a year, index.html revalidated on every visit.
 */
const ASSET = 'assets/index-DVJXfF1l.js';
const script = `console.log(${JSON.stringify('Trung tâm Phục vụ hành chính công '.repeat(200))});\n`;
const html = `<!doctype html><html lang="vi"><head><title>Một Cửa</title></head><body>${'<div></div>'.repeat(200)}</body></html>`;

let t: TestApp;
let distDir: string;

beforeAll(async () => {
  distDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-web-'));
  fs.mkdirSync(path.join(distDir, 'assets'));
  const write = (file: string, content: string) => {
    fs.writeFileSync(path.join(distDir, file), content);
    fs.writeFileSync(path.join(distDir, `${file}.br`), zlib.brotliCompressSync(content));
    fs.writeFileSync(path.join(distDir, `${file}.gz`), zlib.gzipSync(content));
  };
  write(ASSET, script);
  write('index.html', html);
  fs.writeFileSync(path.join(distDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  t = await createTestApp({ demo: false, env: { WEB_DIST_DIR: distDir } });
});
afterAll(async () => {
  await t?.close();
  fs.rmSync(distDir, { recursive: true, force: true });
});

const get = (url: string, acceptEncoding?: string) =>
  t.app.inject({ method: 'GET', url, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });

describe('the web app’s files', () => {
  it('sends the brotli copy of a hashed asset to a browser that accepts it, cached for a year', async () => {
    const response = await get(`/${ASSET}`, 'gzip, deflate, br');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(zlib.brotliDecompressSync(response.rawPayload).toString('utf8')).toBe(script);
    expect(response.rawPayload.length).toBeLessThan(Buffer.byteLength(script) / 5);
  });

  it('falls back to gzip, then to the file itself', async () => {
    const gzipped = await get(`/${ASSET}`, 'gzip');
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gzipped.rawPayload).toString('utf8')).toBe(script);

    const plain = await get(`/${ASSET}`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
    // A shared cache must not hand the plain copy to a browser that asked for brotli, or the reverse.
    expect(plain.headers.vary).toMatch(/accept-encoding/i);
  });

  it('answers a page address with index.html, compressed and revalidated so that a new release shows', async () => {
    const response = await get('/tra-cuu', 'br');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(zlib.brotliDecompressSync(response.rawPayload).toString('utf8')).toBe(html);
  });

  it('revalidates files outside assets/, whose names do not change between releases', async () => {
    const response = await get('/favicon.svg', 'br');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it('still answers an unknown API path with the JSON error, not the page', async () => {
    const response = await get('/api/khong-co', 'br');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });
});
