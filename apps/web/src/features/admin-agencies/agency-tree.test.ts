import type { Agency } from '@mot-cua/contracts';
import { describe, expect, it } from 'vitest';
import { buildAgencyTree, depthsById, expandableIds, predecessorsById, selfAndDescendants } from './agency-tree';

let n = 0;
function agency(id: string, parentId: string | null, extra: Partial<Agency> = {}): Agency {
  n += 1;
  return {
    id,
    code: `000.00.${String(n).padStart(2, '0')}.H26`,
    codeIsDemo: true,
    name: id,
    shortName: null,
    kind: 'DEPARTMENT',
    parentId,
    gsoCode: null,
    validFrom: null,
    validTo: null,
    successorIds: [],
    sortOrder: n * 10,
    active: true,
    ...extra,
  };
}

describe('agency tree', () => {
  const list = [
    agency('ubnd', null),
    agency('so-b', 'ubnd', { sortOrder: 30 }),
    agency('so-a', 'ubnd', { sortOrder: 20 }),
    agency('phong', 'so-a'),
    agency('orphan', 'not-in-list'),
  ];

  it('nests by parent, in sort order, with children only where there are some', () => {
    const tree = buildAgencyTree(list);
    expect(tree.map((a) => a.id)).toEqual(['ubnd', 'orphan']);
    expect(tree[0]!.children!.map((a) => a.id)).toEqual(['so-a', 'so-b']);
    expect(tree[0]!.children![0]!.children!.map((a) => a.id)).toEqual(['phong']);
    expect(tree[0]!.children![1]!.children).toBeUndefined();
  });

  it('lists the rows that can expand', () => {
    expect(expandableIds(buildAgencyTree(list))).toEqual(['ubnd', 'so-a']);
  });

  it('finds an agency and everything below it (not valid as its new parent)', () => {
    expect([...selfAndDescendants(list, 'so-a')].sort()).toEqual(['phong', 'so-a']);
  });

  it('does not loop on a cycle', () => {
    const cyclic = [agency('x', 'y'), agency('y', 'x')];
    expect(buildAgencyTree(cyclic)).toEqual([]);
  });

  it('reverses successor links into predecessors', () => {
    const old = agency('tx-chi-linh', 'ubnd', { successorIds: ['tp-chi-linh'] });
    const map = predecessorsById([old, agency('tp-chi-linh', 'ubnd')]);
    expect(map.get('tp-chi-linh')?.map((a) => a.id)).toEqual(['tx-chi-linh']);
  });
});

describe('depthsById', () => {
  it('gives roots depth 0 and each level one more', () => {
    const tree = buildAgencyTree([agency('a', null), agency('b', 'a'), agency('c', 'b'), agency('d', null)]);
    expect(Object.fromEntries(depthsById(tree))).toEqual({ a: 0, b: 1, c: 2, d: 0 });
  });
});
