import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The real process, as `npm start` runs it: embedded PGlite in a DATA_DIR, data surviving a restart,
 * and the exclusive lock that keeps a second process off the same directory.
 */
const repoRoot = path.resolve(import.meta.dirname, '../../..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-proc-'));
const children: ChildProcess[] = [];

function startServer(port: number, extraEnv: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
    cwd: repoRoot,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PORT: String(port),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? -1)));
  return { child, exited, output: () => output };
}

async function waitForHealth(port: number, timeoutMs = 110_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (response.ok) return (await response.json()) as { status: string; database: string };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('server did not start');
}

async function stop(server: ReturnType<typeof startServer>) {
  server.child.kill('SIGTERM');
  return server.exited;
}

afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start on the embedded database', () => {
  it('starts on PGlite with the demo logins, keeps data across a restart, and refuses a second process', async () => {
    const first = startServer(3291);
    expect(await waitForHealth(3291)).toEqual({ status: 'ok', database: 'pglite', demo: true, version: '0.1.0' });
    expect(first.output()).toContain('tiepnhan');
    expect(first.output()).toContain('demo1234');

    // A second process on the same DATA_DIR exits at once with a clear message.
    const second = startServer(3292);
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain('đang được tiến trình');
    expect(second.output()).toContain(dataDir);

    // Write something through the API.
    const login = await fetch('http://127.0.0.1:3291/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'demo1234' }),
    });
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
    const patch = await fetch('http://127.0.0.1:3291/api/org/center', {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
      body: JSON.stringify({ phone: '0220 3 888 777' }),
    });
    expect(patch.status).toBe(200);
    expect(await stop(first)).toBe(0);

    // Restarted: the change is still there, the demo is not seeded twice.
    const again = startServer(3293);
    await waitForHealth(3293);
    const center = (await (await fetch('http://127.0.0.1:3293/api/org/center')).json()) as { phone: string };
    expect(center.phone).toBe('0220 3 888 777');
    const agencies = (await (await fetch('http://127.0.0.1:3293/api/org/agencies')).json()) as { items: unknown[] };
    expect(agencies.items.filter((a) => (a as { name: string }).name === 'Sở Tư pháp')).toHaveLength(1);
    expect(await stop(again)).toBe(0);
  }, 240_000);
});

describe('CLI create-admin (production accounts)', () => {
  const cli = (args: string[], input: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'apps/server/src/cli.ts', ...args], {
      cwd: repoRoot,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, DATA_DIR: dataDir, DEMO: '0' },
      input,
      encoding: 'utf8',
    });

  it('refuses a weak or default password', () => {
    const result = cli(['create-admin', '--username', 'quantri', '--full-name', 'Quản trị viên'], 'demo1234\n');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('WEAK_PASSWORD');
  }, 60_000);

  it('creates the first administrator with a strong password', () => {
    const result = cli(['create-admin', '--username', 'quantri', '--full-name', 'Quản trị viên'], 'Hai-Duong#2026!x\n');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Đã tạo quản trị viên quantri');
  }, 60_000);
});
