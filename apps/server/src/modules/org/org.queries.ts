import type { AgencyKind, AgencyRef } from '@mot-cua/contracts';
import type { Executor } from '../../db/client';
import { orgRepository } from './org.repository';

export interface AgencyDirectoryEntry {
  id: string;
  code: string;
  name: string;
  shortName: string | null;
  validFrom: string | null;
  validTo: string | null;
}

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

  /**
   * Every agency, whatever its validity, with what a catalog needs: identifier code, names and validity dates
   * (a code may have been reused: resolve it with `isAgencyValidOn` for the day in question).
   */
  async agencyDirectory(ex: Executor): Promise<AgencyDirectoryEntry[]> {
    const rows = await orgRepository.listAgencies(ex, 'all');
    return rows.map((a) => ({
      id: a.id,
      code: a.code,
      name: a.name,
      shortName: a.shortName,
      validFrom: a.validFrom,
      validTo: a.validTo,
    }));
  },

  async center(ex: Executor) {
    return orgRepository.findCenter(ex);
  },
};
