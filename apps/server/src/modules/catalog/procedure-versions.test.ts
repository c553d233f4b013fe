import { describe, expect, it } from 'vitest';
import { haiDuongProcedures } from './data/haiduong-procedures';
import {
  classifyImported,
  draftPendingMessage,
  lifecycleRefusal,
  sameContent,
  statusAfter,
  type CatalogAction,
  type ProcedureState,
} from './procedure-versions';

const published: ProcedureState = { status: 'PUBLISHED', hasDraft: false };
const editing: ProcedureState = { status: 'PUBLISHED', hasDraft: true };
const neverPublished: ProcedureState = { status: 'DRAFT', hasDraft: true };
const suspended: ProcedureState = { status: 'SUSPENDED', hasDraft: false };

describe('the lifecycle of a catalog entry', () => {
  it.each<[ProcedureState, CatalogAction, boolean]>([
    [published, 'SAVE_DRAFT', true],
    [published, 'PUBLISH', false],
    [published, 'DISCARD_DRAFT', false],
    [published, 'SUSPEND', true],
    [published, 'RESUME', false],
    [editing, 'PUBLISH', true],
    [editing, 'DISCARD_DRAFT', true],
    [neverPublished, 'PUBLISH', true],
    [neverPublished, 'SUSPEND', false],
    [suspended, 'SUSPEND', false],
    [suspended, 'RESUME', true],
    [suspended, 'SAVE_DRAFT', true],
  ])('%o %s allowed: %s', (state, action, allowed) => {
    const refusal = lifecycleRefusal(state, action);
    if (allowed) expect(refusal).toBeNull();
    else expect(refusal).toMatch(/^Thủ tục /);
  });

  it('puts a never-published procedure in force on publish, and keeps a suspension until it is lifted', () => {
    expect(statusAfter(neverPublished, 'PUBLISH')).toBe('PUBLISHED');
    expect(statusAfter(editing, 'PUBLISH')).toBe('PUBLISHED');
    expect(statusAfter({ status: 'SUSPENDED', hasDraft: true }, 'PUBLISH')).toBe('SUSPENDED');
    expect(statusAfter(published, 'SUSPEND')).toBe('SUSPENDED');
    expect(statusAfter(suspended, 'RESUME')).toBe('PUBLISHED');
    expect(statusAfter(editing, 'DISCARD_DRAFT')).toBe('PUBLISHED');
  });
});

describe('what an import does with a procedure', () => {
  const p = haiDuongProcedures[0]!;
  const changed = { ...p, name: `${p.name} (sửa đổi)` };

  it('ignores the status written in the document when comparing content', () => {
    expect(sameContent({ ...p, status: 'PUBLISHED' }, { ...p, status: 'DRAFT' })).toBe(true);
    expect(sameContent(p, changed)).toBe(false);
  });

  it('classifies new, unchanged, updated, and a change that would overtake a draft', () => {
    expect(classifyImported(p, undefined)).toBe('NEW');
    expect(classifyImported(p, { current: p, hasDraft: false })).toBe('UNCHANGED');
    expect(classifyImported(p, { current: p, hasDraft: true })).toBe('UNCHANGED');
    expect(classifyImported(changed, { current: p, hasDraft: false })).toBe('UPDATED');
    expect(classifyImported(changed, { current: p, hasDraft: true })).toBe('DRAFT_PENDING');
    expect(draftPendingMessage(p.code, 3)).toContain('phiên bản 3');
  });
});
