import type { AgencyKind, AgencyRef } from '@mot-cua/contracts';
import type { Executor } from '../../db/client';
import { orgRepository } from './org.repository';

/** Read-only questions other modules may ask about the organisation (through index.ts). */
export const orgQueries = {
  async agencyScope(ex: Executor, agencyId: string): Promise<{ kind: AgencyKind; agencyIds: string[] } | undefined> {
    const agency = await orgRepository.findAgency(ex, agencyId);
    if (!agency) return undefined;
    return { kind: agency.kind as AgencyKind, agencyIds: await orgRepository.descendantIds(ex, agencyId) };
  },

  async agencyRefs(ex: Executor, ids: readonly string[]): Promise<Map<string, AgencyRef>> {
    const rows = await orgRepository.findAgenciesByIds(ex, [...new Set(ids)]);
    return new Map(rows.map((a) => [a.id, { id: a.id, code: a.code, name: a.name }]));
  },

  async agencyExists(ex: Executor, id: string): Promise<boolean> {
    return (await orgRepository.findAgency(ex, id)) !== undefined;
  },

  async findAgencyByCode(ex: Executor, code: string, asOf: string) {
    return orgRepository.findAgencyByCode(ex, code, asOf);
  },

  async center(ex: Executor) {
    return orgRepository.findCenter(ex);
  },
};
