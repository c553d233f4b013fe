import type { Agency } from '@mot-cua/contracts';
import { matchesSearch } from '../../lib/text';

export type AgencyNode = Agency & { children?: AgencyNode[] };

const byOrder = (a: Agency, b: Agency) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'vi');

/**
 * Agencies as a tree by `parentId`, each level in `sortOrder`. An agency whose parent is not in the list
 * (not valid on the chosen day) becomes a root, so nothing disappears from the table. `children` is set
 * only when there are children (antd shows an expand button for any array).
 */
export function buildAgencyTree(agencies: readonly Agency[]): AgencyNode[] {
  const ids = new Set(agencies.map((a) => a.id));
  const childrenOf = new Map<string | null, Agency[]>();
  for (const agency of agencies) {
    const parent = agency.parentId && ids.has(agency.parentId) ? agency.parentId : null;
    const list = childrenOf.get(parent) ?? [];
    list.push(agency);
    childrenOf.set(parent, list);
  }
  const build = (parent: string | null, seen: Set<string>): AgencyNode[] =>
    (childrenOf.get(parent) ?? [])
      .filter((a) => !seen.has(a.id))
      .sort(byOrder)
      .map((agency) => {
        const children = build(agency.id, new Set([...seen, agency.id]));
        return children.length > 0 ? { ...agency, children } : { ...agency };
      });
  return build(null, new Set());
}

/** Ids of every node that has children (to expand the whole tree). */
export function expandableIds(nodes: readonly AgencyNode[]): string[] {
  return nodes.flatMap((n) => (n.children ? [n.id, ...expandableIds(n.children)] : []));
}

/** How deep each node sits (roots 0), to indent the tree. */
export function depthsById(
  nodes: readonly AgencyNode[],
  depth = 0,
  into = new Map<string, number>(),
): Map<string, number> {
  for (const node of nodes) {
    into.set(node.id, depth);
    if (node.children) depthsById(node.children, depth + 1, into);
  }
  return into;
}

/** An agency and all agencies below it (not valid as its new parent). */
export function selfAndDescendants(agencies: readonly Agency[], id: string): Set<string> {
  const result = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const a of agencies) {
      if (a.parentId && result.has(a.parentId) && !result.has(a.id)) {
        result.add(a.id);
        grew = true;
      }
    }
  }
  return result;
}

/** Predecessors by agency id, from the successor links the server sends. */
export function predecessorsById(agencies: readonly Agency[]): Map<string, Agency[]> {
  const result = new Map<string, Agency[]>();
  for (const agency of agencies) {
    for (const successorId of agency.successorIds) {
      const list = result.get(successorId) ?? [];
      list.push(agency);
      result.set(successorId, list);
    }
  }
  return result;
}

/** Case- and accent-insensitive match on name, short name or code ("so tu phap" finds "Sở Tư pháp"). */
export function matchesAgencySearch(agency: Agency, search: string): boolean {
  return matchesSearch(search, agency.name, agency.shortName, agency.code);
}
