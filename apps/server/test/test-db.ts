import crypto from 'node:crypto';
import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { inject } from 'vitest';
import { createPool, type DatabaseHandle, fromPglite, fromPool, pgliteExtensions } from '../src/db/client';
import { adminUrl, TEST_DATABASE_URL } from './test-env';

/**
 * A fresh, migrated database for one test file: PGlite in memory by default, or a new PostgreSQL database
 * cloned from the run's template when TEST_DATABASE_URL is set. Close it in afterAll.
 */
export async function createTestDatabase(): Promise<DatabaseHandle> {
  if (TEST_DATABASE_URL) {
    const name = `motcua_t_${crypto.randomBytes(6).toString('hex')}`;
    const admin = createPool(adminUrl(), 1);
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${inject('pgTemplate')}"`);
    await admin.end();
    const url = new URL(TEST_DATABASE_URL);
    url.pathname = `/${name}`;
    // Dropping the database at close terminates connections the pool may still be ending: expected, not a warning.
    const handle = fromPool(createPool(url.toString(), 5, () => undefined));
    return {
      ...handle,
      close: async () => {
        await handle.close();
        const cleanup = createPool(adminUrl(), 1);
        await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await cleanup.end();
      },
    };
  }
  const tarball = fs.readFileSync(inject('pgliteTemplate'));
  const client = await PGlite.create({
    loadDataDir: new Blob([tarball]),
    extensions: pgliteExtensions,
  });
  return fromPglite(client);
}
