import type { Procedure } from './procedure';

/**
 * Rewrite every agency reference of a procedure (deciding, receiving, coordinating, named step agencies):
 * seed keys → database ids when seeding, identifier codes ↔ ids on import and export.
 * Returns the unknown references instead of guessing.
 */
export function remapAgencies(
  p: Procedure,
  map: (ref: string) => string | undefined,
): { procedure: Procedure; unknown: string[] } {
  const unknown = new Set<string>();
  const m = (ref: string) => {
    const mapped = map(ref);
    if (mapped === undefined) {
      unknown.add(ref);
      return ref;
    }
    return mapped;
  };
  const procedure: Procedure = {
    ...p,
    decidingAgencyKey: m(p.decidingAgencyKey),
    receivingAgencyKey: m(p.receivingAgencyKey),
    coordinatingAgencyKeys: p.coordinatingAgencyKeys.map(m),
    cases: p.cases.map((c) => ({
      ...c,
      steps: c.steps.map((s) => (typeof s.agency === 'object' ? { ...s, agency: { key: m(s.agency.key) } } : s)),
    })),
  };
  return { procedure, unknown: [...unknown] };
}
