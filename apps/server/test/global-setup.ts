import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { TestProject } from 'vitest/node';
import { createPool, fromPglite, fromPool, pgliteExtensions } from '../src/db/client';
import { adminUrl, TEST_DATABASE_URL, templateName } from './test-env';

/**
 * Migrate once per run, then let every test file start from a copy:
 * - PGlite: a migrated data directory dumped to a tarball, loaded by each file (≈0.3 s instead of initdb);
 * - PostgreSQL (TEST_DATABASE_URL): a migrated template database, cloned per file with CREATE DATABASE … TEMPLATE.
 */
export default async function setup(project: TestProject) {
  if (TEST_DATABASE_URL) {
    const template = templateName();
    const admin = createPool(adminUrl(), 1);
    await admin.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${template}"`);
    const target = new URL(TEST_DATABASE_URL);
    target.pathname = `/${template}`;
    const handle = fromPool(createPool(target.toString(), 1));
    await handle.migrate();
    await handle.close();
    project.provide('pgTemplate', template);
    return async () => {
      await admin.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
      await admin.end();
    };
  }
  const client = await PGlite.create({ extensions: pgliteExtensions });
  const handle = await fromPglite(client);
  await handle.migrate();
  const dump = await client.dumpDataDir('none');
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-test-')), 'template.tar');
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await handle.close();
  project.provide('pgliteTemplate', file);
  return () => fs.rmSync(path.dirname(file), { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgTemplate: string;
    pgliteTemplate: string;
  }
}
