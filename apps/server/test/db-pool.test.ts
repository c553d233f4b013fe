import { describe, expect, it } from 'vitest';
import { createPool } from '../src/db/client';
import { TEST_DATABASE_URL } from './test-env';

describe('PostgreSQL pool: a dropped idle connection does not crash the server', () => {
  it('listens for pool errors (an unlistened error event would throw)', async () => {
    const seen: string[] = [];
    // No query is sent, so the address is never dialled.
    const pool = createPool('postgres://nobody@127.0.0.1:1/none', 1, (error) => seen.push(error.code ?? ''));
    const lost = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
    expect(() => pool.emit('error', lost)).not.toThrow();
    expect(seen).toEqual(['57P01']);
    await pool.end();
  });

  // Needs a real server to terminate connections: runs in the PostgreSQL pass of npm test (TEST_DATABASE_URL).
  if (TEST_DATABASE_URL)
    it('recovers after the server terminates its idle connections', async () => {
      const seen: string[] = [];
      const pool = createPool(TEST_DATABASE_URL!, 2, (error) => seen.push(error.code ?? ''));
      const { rows } = await pool.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      const killer = createPool(TEST_DATABASE_URL!, 1);
      await killer.query('SELECT pg_terminate_backend($1)', [rows[0]!.pid]);
      await killer.end();
      await expect.poll(() => seen).toEqual(['57P01']);
      const again = await pool.query<{ one: number }>('SELECT 1 AS one');
      expect(again.rows[0]!.one).toBe(1);
      await pool.end();
    });
});
