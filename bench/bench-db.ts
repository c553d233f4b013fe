import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { createPool, type DatabaseHandle, fromPglite, fromPool } from '../apps/server/src/db/client';
import { pgliteExtensions } from '../apps/server/src/db/client';

/**
 * A fresh, migrated database for a benchmark: in-memory PGlite by default (what `npm start` runs), or a new
 * database on the PostgreSQL server named by BENCH_DATABASE_URL (dropped afterwards).
 */
export async function benchDatabase(name: string): Promise<DatabaseHandle & { label: string }> {
  const url = process.env.BENCH_DATABASE_URL;
  if (url) {
    // BENCH_KEEP=1 keeps the database afterwards (to inspect plans with psql); the name is then stable.
    const keep = process.env.BENCH_KEEP === '1';
    const db = keep ? `motcua_bench_${name}_kept` : `motcua_bench_${name}_${process.pid}`;
    const admin = createPool(url, 1);
    await admin.query(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${db}"`);
    await admin.end();
    const target = new URL(url);
    target.pathname = `/${db}`;
    // Dropping the database at close ends connections the pool may still be closing: expected, not a warning.
    const handle = fromPool(createPool(target.toString(), 20, () => undefined));
    await handle.migrate();
    return {
      ...handle,
      label: 'PostgreSQL',
      close: async () => {
        await handle.close();
        if (keep) return;
        const cleanup = createPool(url, 1);
        await cleanup.query(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`);
        await cleanup.end();
      },
    };
  }
  // On disk in a temporary DATA_DIR, as `npm start` runs it (a million dossiers do not fit an in-memory WASM heap).
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `motcua-bench-${name}-`));
  const handle = await fromPglite(await PGlite.create({ dataDir: dir, extensions: pgliteExtensions }));
  await handle.migrate();
  return {
    ...handle,
    label: 'PGlite',
    close: async () => {
      await handle.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Time `fn` `runs` times after `warmup` runs; latencies in ms. */
export async function timeRuns(runs: number, warmup: number, fn: (i: number) => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await fn(i);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return samples;
}
