import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Text files worth compressing; images and fonts in dist are already compressed formats. */
const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|txt|xml|webmanifest)$/;

export interface PrecompressSummary {
  files: number;
  bytes: number;
  brotliBytes: number;
  gzipBytes: number;
}

/**
 * Writes `<file>.br` (brotli, highest quality) and `<file>.gz` (gzip -9) beside every text file of `dir` of at
 * least `minBytes`, when the compressed copy is smaller. The server sends them to browsers that accept the
 * encoding (@fastify/static preCompressed), so a phone on a slow network downloads the web app once, compressed,
 * without the server compressing on every request.
 */
export async function precompressDirectory(dir: string, minBytes = 1024): Promise<PrecompressSummary> {
  const summary: PrecompressSummary = { files: 0, bytes: 0, brotliBytes: 0, gzipBytes: 0 };
  const files = (await fs.readdir(dir, { recursive: true }))
    .filter((file) => COMPRESSIBLE.test(file))
    .map((file) => path.join(dir, file));
  await Promise.all(
    files.map(async (file) => {
      const content = await fs.readFile(file);
      if (content.length < minBytes) return;
      const [br, gz] = await Promise.all([
        brotli(content, {
          params: {
            [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
            [zlib.constants.BROTLI_PARAM_SIZE_HINT]: content.length,
            [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
          },
        }),
        gzip(content, { level: zlib.constants.Z_BEST_COMPRESSION }),
      ]);
      // A compressed copy that is not smaller would only cost the browser a decompression.
      if (br.length >= content.length && gz.length >= content.length) return;
      summary.files += 1;
      summary.bytes += content.length;
      if (br.length < content.length) {
        await fs.writeFile(`${file}.br`, br);
        summary.brotliBytes += br.length;
      }
      if (gz.length < content.length) {
        await fs.writeFile(`${file}.gz`, gz);
        summary.gzipBytes += gz.length;
      }
    }),
  );
  return summary;
}

/** Vite plugin: after `vite build` writes dist, precompress it (see precompressDirectory). */
export function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'mot-cua-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const summary = await precompressDirectory(outDir);
      const kb = (n: number) => `${Math.round(n / 1024)} kB`;
      this.info(
        `nén sẵn ${summary.files} tệp: ${kb(summary.bytes)} → br ${kb(summary.brotliBytes)}, gzip ${kb(summary.gzipBytes)}`,
      );
    },
  };
}
