import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { precompressDirectory } from './precompress';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'precompress-'));
  fs.mkdirSync(path.join(dir, 'assets'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const write = (file: string, content: string | Buffer) => fs.writeFileSync(path.join(dir, file), content);
const exists = (file: string) => fs.existsSync(path.join(dir, file));

describe('precompressDirectory', () => {
  it('writes brotli and gzip copies that read back to the original, for text files in every folder', async () => {
    const script = `export const ten = ${JSON.stringify('Sở Tư pháp tỉnh Hải Dương '.repeat(400))};\n`;
    const css = `.dossier{color:#1f1f1f}\n`.repeat(200);
    write('assets/index-AbCdEf12.js', script);
    write('assets/index-XyZ98765.css', css);
    write('index.html', `<!doctype html>${'<p>Một Cửa</p>'.repeat(200)}`);

    const summary = await precompressDirectory(dir);

    expect(summary.files).toBe(3);
    const js = path.join(dir, 'assets/index-AbCdEf12.js');
    expect(zlib.brotliDecompressSync(fs.readFileSync(`${js}.br`)).toString('utf8')).toBe(script);
    expect(zlib.gunzipSync(fs.readFileSync(`${js}.gz`)).toString('utf8')).toBe(script);
    expect(exists('assets/index-XyZ98765.css.br')).toBe(true);
    expect(exists('index.html.gz')).toBe(true);
    expect(summary.brotliBytes).toBeLessThan(summary.gzipBytes);
    expect(summary.gzipBytes).toBeLessThan(summary.bytes / 4);
  });

  it('leaves small files, binary formats and files that do not shrink alone', async () => {
    write('assets/tiny-AbCdEf12.js', 'export{};');
    write('assets/logo-AbCdEf12.png', Buffer.alloc(4096, 7));
    write('assets/noise-AbCdEf12.js', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251)));
    const random = Buffer.alloc(4096);
    for (let i = 0; i < random.length; i += 1) random[i] = Math.floor(Math.random() * 256);
    write('assets/random-AbCdEf12.json', random);

    const summary = await precompressDirectory(dir);

    expect(exists('assets/tiny-AbCdEf12.js.br')).toBe(false);
    expect(exists('assets/logo-AbCdEf12.png.br')).toBe(false);
    expect(exists('assets/random-AbCdEf12.json.br')).toBe(false);
    expect(exists('assets/random-AbCdEf12.json.gz')).toBe(false);
    // The repeating byte pattern does shrink, so it is the only file compressed.
    expect(exists('assets/noise-AbCdEf12.js.br')).toBe(true);
    expect(summary.files).toBe(1);
  });
});
