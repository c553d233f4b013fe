#!/usr/bin/env node
// Starts the whole system for the browser tests: a fresh embedded database in a temporary DATA_DIR,
// or, when TEST_DATABASE_URL is set, a fresh PostgreSQL database (DEMO=1) that is dropped on exit.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

const port = process.env.E2E_PORT ?? '3199';
const env = { ...process.env, PORT: port, DEMO: '1', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', NODE_ENV: 'test' };
let cleanup = async () => {};

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

if (process.env.TEST_DATABASE_URL) {
  const name = `motcua_e2e_${process.pid}`;
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  // Databases of earlier runs whose process is gone (killed before it could drop them).
  const stale = await admin.query("SELECT datname FROM pg_database WHERE datname LIKE 'motcua\\_e2e\\_%'");
  for (const { datname } of stale.rows) {
    const pid = Number(datname.slice('motcua_e2e_'.length));
    if (Number.isInteger(pid) && pid !== process.pid && !isAlive(pid)) {
      await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  }
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(process.env.TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  env.DATABASE_URL = url.toString();
  cleanup = async () => {
    const c = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await c.end();
  };
} else {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-e2e-'));
  env.DATA_DIR = dir;
  delete env.DATABASE_URL;
  cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
}

const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], { env, stdio: 'inherit' });
const stop = () => child.kill('SIGTERM');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
child.on('exit', async (code) => {
  await cleanup().catch(() => {});
  process.exit(code ?? 0);
});
