import type { FastifyInstance } from 'fastify';
import { createApp } from '../src/app';
import { parseConfig } from '../src/config';
import type { DatabaseHandle } from '../src/db/client';
import { DEMO_PASSWORD, seedDemo, seedReferenceData } from '../src/db/seed/seed';
import { fixedClock } from '../src/platform/clock';
import { createTestDatabase } from './test-db';

export interface TestApp {
  app: FastifyInstance;
  database: DatabaseHandle;
  clock: ReturnType<typeof fixedClock>;
  /** Sign in a demo user; returns the headers an authenticated write needs. */
  login(
    username: string,
    password?: string,
  ): Promise<{ cookie: string; csrf: string; headers: Record<string, string> }>;
  close(): Promise<void>;
}

/** The whole app on a fresh test database with the demo center, driven through app.inject() (no port). */
export async function createTestApp(
  options: { demo?: boolean; now?: string; env?: Record<string, string> } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const clock = fixedClock(options.now ?? '2026-11-27T02:30:00Z');
  const config = parseConfig(
    {
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      NODE_ENV: 'test',
      DEMO: options.demo === false ? '0' : '1',
      ...options.env,
    },
    process.cwd(),
  );
  await seedReferenceData(database.db, clock);
  if (config.demo) await seedDemo(database.db, clock);
  const app = await createApp({ config, database, clock });
  await app.ready();
  return {
    app,
    database,
    clock,
    async login(username, password = DEMO_PASSWORD) {
      const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
      if (response.statusCode !== 200) throw new Error(`login ${username}: ${response.statusCode} ${response.body}`);
      const setCookie = response.cookies.find((c) => c.name === 'mc_session');
      const cookie = `mc_session=${setCookie!.value}`;
      const csrf = response.json<{ csrfToken: string }>().csrfToken;
      return { cookie, csrf, headers: { cookie, 'x-csrf-token': csrf } };
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}
