import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { users } from '../../db/schema';

export interface UserSummary {
  id: string;
  username: string;
  fullName: string;
  role: string;
  agencyId: string;
  active: boolean;
}

/** Read-only questions other modules may ask about staff (through index.ts). */
export const authQueries = {
  /** Active staff of an agency with a role (whom a leader may assign a step to). */
  async usersOf(ex: Executor, agencyId: string, role: string): Promise<UserSummary[]> {
    return ex
      .select({
        id: users.id,
        username: users.username,
        fullName: users.fullName,
        role: users.role,
        agencyId: users.agencyId,
        active: users.active,
      })
      .from(users)
      .where(and(eq(users.agencyId, agencyId), eq(users.role, role), eq(users.active, true)))
      .orderBy(asc(users.fullName));
  },

  async userSummaries(ex: Executor, ids: readonly string[]): Promise<Map<string, UserSummary>> {
    const unique = [...new Set(ids)].filter(Boolean);
    if (unique.length === 0) return new Map();
    const rows = await ex
      .select({
        id: users.id,
        username: users.username,
        fullName: users.fullName,
        role: users.role,
        agencyId: users.agencyId,
        active: users.active,
      })
      .from(users)
      .where(inArray(users.id, unique));
    return new Map(rows.map((r) => [r.id, r]));
  },
};
