import { and, asc, count, eq, gt, lt, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/client';
import { loginAttempts, sessions, users } from '../../db/schema';

export type UserRow = typeof users.$inferSelect;
export type NewUserRow = typeof users.$inferInsert;

export const authRepository = {
  async findUserByUsername(ex: Executor, username: string): Promise<UserRow | undefined> {
    const rows = await ex.select().from(users).where(eq(users.username, username)).limit(1);
    return rows[0];
  },

  async findUser(ex: Executor, id: string): Promise<UserRow | undefined> {
    const rows = await ex.select().from(users).where(eq(users.id, id)).limit(1);
    return rows[0];
  },

  async listUsers(ex: Executor): Promise<UserRow[]> {
    return ex.select().from(users).orderBy(asc(users.username));
  },

  async countUsers(ex: Executor): Promise<number> {
    const [row] = await ex.select({ n: count() }).from(users);
    return Number(row?.n ?? 0);
  },

  async insertUser(ex: Executor, row: NewUserRow): Promise<UserRow> {
    const [created] = await ex.insert(users).values(row).returning();
    return created!;
  },

  async updateUser(ex: Executor, id: string, patch: Partial<NewUserRow>): Promise<void> {
    await ex.update(users).set(patch).where(eq(users.id, id));
  },

  async insertSession(ex: Executor, row: typeof sessions.$inferInsert): Promise<void> {
    await ex.insert(sessions).values(row);
  },

  /** The session with its user, if the session is still valid at `now`. */
  async findLiveSession(ex: Executor, id: string, now: Date) {
    const rows = await ex
      .select({ session: sessions, user: users })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(and(eq(sessions.id, id), gt(sessions.expiresAt, now)))
      .limit(1);
    return rows[0];
  },

  async touchSession(ex: Executor, id: string, lastSeenAt: Date, expiresAt: Date): Promise<void> {
    await ex.update(sessions).set({ lastSeenAt, expiresAt }).where(eq(sessions.id, id));
  },

  async deleteSession(ex: Executor, id: string): Promise<void> {
    await ex.delete(sessions).where(eq(sessions.id, id));
  },

  async deleteSessionsOfUser(ex: Executor, userId: string): Promise<void> {
    await ex.delete(sessions).where(eq(sessions.userId, userId));
  },

  async deleteExpiredSessions(ex: Executor, now: Date): Promise<void> {
    await ex.delete(sessions).where(lt(sessions.expiresAt, now));
  },

  async insertLoginAttempt(ex: Executor, row: typeof loginAttempts.$inferInsert): Promise<void> {
    await ex.insert(loginAttempts).values(row);
  },

  /**
   * Failures since `since` for the username+IP pair (counted after the pair's last success), for the
   * username from anywhere, and for the IP across usernames.
   */
  async recentFailures(ex: Executor, usernameKey: string, ip: string, sinceDate: Date) {
    const since = sinceDate.toISOString();
    const rows = await queryRows<{ pair: number; username: number; ip: number }>(
      ex,
      sql`
      select
        (select count(*)::int from login_attempts
          where username_key = ${usernameKey} and ip = ${ip} and not succeeded and attempted_at > ${since}::timestamptz
            and attempted_at > coalesce((select max(attempted_at) from login_attempts
              where username_key = ${usernameKey} and ip = ${ip} and succeeded), '-infinity'::timestamptz)) as pair,
        (select count(*)::int from login_attempts
          where username_key = ${usernameKey} and not succeeded and attempted_at > ${since}::timestamptz) as username,
        (select count(*)::int from login_attempts
          where ip = ${ip} and not succeeded and attempted_at > ${since}::timestamptz) as ip`,
    );
    const row = rows[0];
    return { pair: Number(row?.pair ?? 0), username: Number(row?.username ?? 0), ip: Number(row?.ip ?? 0) };
  },

  async deleteLoginAttemptsBefore(ex: Executor, before: Date): Promise<void> {
    await ex.delete(loginAttempts).where(lt(loginAttempts.attemptedAt, before));
  },
};
