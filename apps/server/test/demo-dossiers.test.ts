import { sql } from 'drizzle-orm';
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../src/db/client';
import { seedDemoDossiers } from '../src/db/seed/demo-dossiers';
import { createLocalBlobStore } from '../src/platform/blob-store';
import { createTestApp, type TestApp } from './test-app';

/** The living demo center: dossiers in every state, each one made through the service and the state machine. */
let t: TestApp;
let result: Awaited<ReturnType<typeof seedDemoDossiers>>;
const blobDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-blobs-'));
beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-27T03:00:00Z' });
  const started = Date.now();
  result = await seedDemoDossiers(t.database.db, {
    now: new Date('2026-11-27T03:00:00Z'),
    blobs: createLocalBlobStore(blobDir),
    count: 150,
  });
  console.log(`demo dossiers: ${Date.now() - started} ms`, result?.statuses, result?.refused.slice(0, 5));
}, 240_000);
afterAll(async () => {
  await t?.close();
  fs.rmSync(blobDir, { recursive: true, force: true });
});

describe('the living demo center', () => {
  it('has dossiers in the main states of the lifecycle', () => {
    expect(result).toBeDefined();
    for (const status of [
      'RETURNED',
      'RESULT_READY',
      'IN_PROCESS',
      'RECEIVED',
      'SUPPLEMENT_REQUESTED',
      'SUBMITTED_ONLINE',
    ]) {
      expect(result!.statuses[status] ?? 0, status).toBeGreaterThan(0);
    }
  });

  it('gives every received dossier an event per version and a unique code', async () => {
    const [row] = await queryRows<{ bad: number; dup: number }>(
      t.database.db,
      sql`select
            (select count(*)::int from dossiers d where d.version <> (select count(*) from dossier_events e where e.dossier_id = d.id)) as bad,
            (select count(*)::int - count(distinct code)::int from dossiers where code is not null) as dup`,
    );
    expect(row).toEqual({ bad: 0, dup: 0 });
  });

  it('has early, on-time and late results, and overdue open dossiers', async () => {
    const rows = await queryRows<{ outcome: string | null; n: number }>(
      t.database.db,
      sql`select outcome, count(*)::int as n from dossiers group by outcome`,
    );
    const outcomes = new Set(rows.map((r) => r.outcome));
    expect(outcomes.has('EARLY')).toBe(true);
    expect(outcomes.has('LATE')).toBe(true);
  });

  it('is seeded only once', async () => {
    expect(
      await seedDemoDossiers(t.database.db, {
        now: new Date('2026-11-27T03:00:00Z'),
        blobs: createLocalBlobStore(blobDir),
      }),
    ).toBeUndefined();
  });
});
