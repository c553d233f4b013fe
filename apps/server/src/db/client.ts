import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { citext } from '@electric-sql/pglite/contrib/citext';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { type SQL, sql } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import type { DatabaseConfig } from '../config';
import { acquireDataDirLock } from '../platform/data-dir-lock';
import { VIETNAM_TIME_ZONE } from '../platform/time';
import * as schema from './schema';

export type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** What repositories take as their first argument: the database or an open transaction. */
export type Executor = Database | Transaction;
export type DatabaseKind = 'pglite' | 'postgres';

export interface DatabaseHandle {
  db: Database;
  kind: DatabaseKind;
  migrate(): Promise<void>;
  close(): Promise<void>;
}

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));
export const pgliteExtensions = { pg_trgm, unaccent, citext };

/** Wrap an open PGlite instance (tests load one from a migrated template). */
export async function fromPglite(client: PGlite, onClose?: () => void): Promise<DatabaseHandle> {
  // Every timestamp is stored in UTC; ::date and date_trunc read it in Vietnam's time zone.
  await client.exec(`SET TIME ZONE '${VIETNAM_TIME_ZONE}'`);
  const db = drizzlePglite(client, { schema }) as unknown as Database;
  return {
    db,
    kind: 'pglite',
    migrate: () => migratePglite(drizzlePglite(client, { schema }), { migrationsFolder }),
    close: async () => {
      await client.close();
      onClose?.();
    },
  };
}

export function fromPool(pool: pg.Pool): DatabaseHandle {
  const db = drizzleNodePg(pool, { schema }) as unknown as Database;
  return {
    db,
    kind: 'postgres',
    migrate: async () => {
      // Several server processes may start together: one migrates, the others wait for it.
      const client = await pool.connect();
      try {
        await client.query('SELECT pg_advisory_lock(727001)');
        await migrateNodePg(drizzleNodePg(client, { schema }), { migrationsFolder });
      } finally {
        await client.query('SELECT pg_advisory_unlock(727001)').catch(() => undefined);
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/**
 * A pool of PostgreSQL connections. When the server drops an idle connection (a restart, a failover, an
 * administrator's pg_terminate_backend), pg emits 'error' on the pool, and an unlistened 'error' would crash
 * the process: the pool discards that connection and opens a new one on the next query, so a warning is enough.
 */
export function createPool(
  url: string,
  max = 10,
  onIdleError: (error: Error & { code?: string }) => void = warnIdleConnectionLost,
): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max, options: `-c timezone=${VIETNAM_TIME_ZONE}` });
  pool.on('error', onIdleError);
  return pool;
}

function warnIdleConnectionLost(error: Error & { code?: string }): void {
  // The SQLSTATE and the server's message only: no query text or parameters, which may hold personal data.
  process.stderr.write(`[db] idle PostgreSQL connection lost (${error.code ?? 'no code'}): ${error.message}\n`);
}

/** Open the configured database. PGlite takes an exclusive lock on its data directory first. */
export async function openDatabase(config: DatabaseConfig): Promise<DatabaseHandle> {
  if (config.kind === 'postgres') return fromPool(createPool(config.url));
  const lock = acquireDataDirLock(config.dataDir);
  try {
    // The database lives in DATA_DIR/pgdata; DATA_DIR also holds the lock file and the blob store.
    const client = await PGlite.create({ dataDir: path.join(config.dataDir, 'pgdata'), extensions: pgliteExtensions });
    return await fromPglite(client, () => lock.release());
  } catch (error) {
    lock.release();
    throw error;
  }
}

/** A cheap round trip, for health checks. */
export async function ping(db: Database): Promise<void> {
  await db.execute(sql`select 1`);
}

/**
 * Rows of a raw SQL query. Both drivers return `{ rows }`; the shared executor type cannot say so, hence
 * the one cast here. Cast aggregates in SQL (`count(*)::int`): pg returns int8 as a string, PGlite as a number.
 */
export async function queryRows<T>(ex: Executor, query: SQL): Promise<T[]> {
  const result: { rows: T[] } = (await ex.execute(query)) as never;
  return result.rows;
}
