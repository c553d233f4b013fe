import { DossierQueue, Permission } from '@mot-cua/contracts';
import { describe, expect, it } from 'vitest';
import {
  deskPaths,
  deskQueues,
  dossiersPageDesk,
  paramsFromQueueSearch,
  type QueueSearch,
  queueSearchFromParams,
} from './dossier-queues';

describe('desk queues', () => {
  it('gives each desk the queues of its work, the first opened by default', () => {
    expect(deskQueues.reception).toEqual([
      'to-transfer',
      'to-receive',
      'waiting-applicant',
      'results-to-return',
      'due-soon',
      'overdue',
      'all',
    ]);
    expect(deskQueues.process[0]).toBe('mine');
    expect(deskQueues.process).toContain('to-assign');
    expect(deskQueues.approve).toEqual(['to-assign', 'mine', 'due-soon', 'overdue', 'all']);
    expect(deskQueues.issue).toEqual(['mine', 'to-assign', 'all']);
    expect(deskQueues.monitor).not.toContain('mine');
  });

  it('only uses queues the server knows, each once per desk', () => {
    const known = new Set<string>(Object.values(DossierQueue));
    for (const queues of Object.values(deskQueues)) {
      expect(queues.every((q) => known.has(q))).toBe(true);
      expect(new Set(queues).size).toBe(queues.length);
    }
  });

  it('maps each desk to its menu page', () => {
    expect(deskPaths).toEqual({
      reception: '/can-bo/ho-so',
      process: '/can-bo/xu-ly',
      approve: '/can-bo/phe-duyet',
      issue: '/can-bo/phat-hanh',
      monitor: '/can-bo/ho-so',
    });
  });

  it('makes "Hồ sơ" the reception desk for officers who receive, a monitoring view otherwise', () => {
    expect(dossiersPageDesk([Permission.DOSSIER_READ, Permission.DOSSIER_RECEIVE])).toBe('reception');
    expect(dossiersPageDesk([Permission.DOSSIER_READ, Permission.REPORTS_READ])).toBe('monitor');
  });
});

describe('queue page address', () => {
  it('reads the queue, search and page, falling back to the desk’s first queue', () => {
    expect(queueSearchFromParams('process', new URLSearchParams('hang-doi=to-assign&q=%20lan%20&page=3'))).toEqual({
      queue: 'to-assign',
      q: 'lan',
      page: 3,
    });
    // A queue of another desk, or nonsense: the default.
    expect(queueSearchFromParams('issue', new URLSearchParams('hang-doi=to-receive')).queue).toBe('mine');
    expect(queueSearchFromParams('approve', new URLSearchParams('page=-2')).page).toBe(1);
    expect(queueSearchFromParams('approve', new URLSearchParams('page=abc')).page).toBe(1);
  });

  it('reads the channel, the days of reception and the order, dropping what the server would refuse', () => {
    const search = queueSearchFromParams(
      'reception',
      new URLSearchParams('hang-doi=all&kenh=POSTAL&tu=2026-11-01&den=2026-11-27&sap-xep=-due'),
    );
    expect(search).toMatchObject({ channel: 'POSTAL', from: '2026-11-01', to: '2026-11-27', sort: '-due' });
    const nonsense = queueSearchFromParams(
      'reception',
      new URLSearchParams('kenh=FAX&tu=27/11/2026&den=2026-13-45&sap-xep=name'),
    );
    expect(nonsense).toMatchObject({ channel: undefined, from: undefined, to: undefined, sort: undefined });
    // A period that ends before it starts keeps its start only.
    expect(queueSearchFromParams('reception', new URLSearchParams('tu=2026-11-27&den=2026-11-01'))).toMatchObject({
      from: '2026-11-27',
      to: undefined,
    });
  });

  it('writes the filters and the order back, so that a link keeps them', () => {
    const search: QueueSearch = {
      queue: 'all',
      q: '',
      page: 2,
      channel: 'ONLINE',
      from: '2026-11-01',
      to: '2026-11-27',
      sort: 'received',
    };
    const params = paramsFromQueueSearch(search);
    expect(params.toString()).toBe('hang-doi=all&kenh=ONLINE&tu=2026-11-01&den=2026-11-27&sap-xep=received&page=2');
    expect(queueSearchFromParams('reception', params)).toEqual(search);
  });

  it('writes the queue always, the search and page only when set', () => {
    expect(paramsFromQueueSearch({ queue: 'mine', q: '', page: 1 }).toString()).toBe('hang-doi=mine');
    expect(paramsFromQueueSearch({ queue: 'all', q: 'Nguyễn', page: 2 }).toString()).toBe(
      'hang-doi=all&q=Nguy%E1%BB%85n&page=2',
    );
  });
});
