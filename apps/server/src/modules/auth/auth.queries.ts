import { inArray } from 'drizzle-orm';
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
