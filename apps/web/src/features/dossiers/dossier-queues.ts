import {
  DOSSIER_CHANNELS,
  type DossierChannel,
  DossierQueue,
  type DossierListSort,
  dossierListSortSchema,
  Permission,
} from '@mot-cua/contracts';
import { paths } from '../../config/paths';

/**
 * The work queues each desk shows, first = the one opened by default. One page serves every desk: the
 * reception officer's "Hồ sơ", the specialist's "Hồ sơ cần xử lý", the leader's "Phê duyệt", the clerk's
 * "Phát hành kết quả", and "Hồ sơ" for those who only follow (center leader, viewers).
 */
export type DossierDesk = 'reception' | 'process' | 'approve' | 'issue' | 'monitor';

const Q = DossierQueue;
export const deskQueues: Record<DossierDesk, readonly DossierQueue[]> = {
  reception: [Q.TO_TRANSFER, Q.TO_RECEIVE, Q.WAITING_APPLICANT, Q.RESULTS_TO_RETURN, Q.DUE_SOON, Q.OVERDUE, Q.ALL],
  process: [Q.MINE, Q.TO_ASSIGN, Q.WAITING_APPLICANT, Q.DUE_SOON, Q.OVERDUE, Q.ALL],
  approve: [Q.TO_ASSIGN, Q.MINE, Q.DUE_SOON, Q.OVERDUE, Q.ALL],
  issue: [Q.MINE, Q.TO_ASSIGN, Q.ALL],
  monitor: [Q.ALL, Q.DUE_SOON, Q.OVERDUE, Q.WAITING_APPLICANT],
};

/** The menu entry (page path) of each desk. */
export const deskPaths: Record<DossierDesk, string> = {
  reception: paths.staff.dossiers,
  process: paths.staff.process,
  approve: paths.staff.approve,
  issue: paths.staff.issue,
  monitor: paths.staff.dossiers,
};

/** `/can-bo/ho-so` is the reception desk for officers who receive, the monitoring view for everyone else. */
export function dossiersPageDesk(permissions: readonly string[]): DossierDesk {
  return permissions.includes(Permission.DOSSIER_RECEIVE) ? 'reception' : 'monitor';
}

/** Queues whose count calls for action (shown as a coloured badge), the others are informative. */
export const urgentQueues: ReadonlySet<DossierQueue> = new Set([Q.OVERDUE]);

export const QUEUE_PARAM = 'hang-doi';
export const PAGE_SIZE = 20;

/**
 * A queue page as it lives in the address: `/can-bo/xu-ly?hang-doi=mine&q=lan&page=2`, with the filters
 * `kenh` (channel), `tu`/`den` (days of reception) and the order `sap-xep` when set.
 */
export interface QueueSearch {
  queue: DossierQueue;
  q: string;
  page: number;
  channel?: DossierChannel | undefined;
  /** Days of reception, YYYY-MM-DD, both included. */
  from?: string | undefined;
  to?: string | undefined;
  /** Absent: the queue's own order (most urgent, or newest, first). */
  sort?: DossierListSort | undefined;
}

const isPlainDate = (value: string | null): value is string =>
  value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));

/** Reads the address; a queue the desk does not show falls back to the desk's first queue, nonsense is dropped. */
export function queueSearchFromParams(desk: DossierDesk, params: URLSearchParams): QueueSearch {
  const queues = deskQueues[desk];
  const asked = params.get(QUEUE_PARAM);
  const page = Number(params.get('page'));
  const channel = params.get('kenh');
  const sort = params.get('sap-xep');
  const from = params.get('tu');
  const to = params.get('den');
  return {
    queue: queues.find((q) => q === asked) ?? queues[0]!,
    q: (params.get('q') ?? '').trim().slice(0, 200),
    page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1,
    channel: DOSSIER_CHANNELS.find((c) => c === channel),
    from: isPlainDate(from) ? from : undefined,
    // A period that ends before it starts keeps only its start.
    to: isPlainDate(to) && !(isPlainDate(from) && to < from) ? to : undefined,
    sort: dossierListSortSchema.options.find((s) => s === sort),
  };
}

/** The address of a queue page: the queue always (links are shared), the rest when set. */
export function paramsFromQueueSearch(search: QueueSearch): URLSearchParams {
  const params = new URLSearchParams({ [QUEUE_PARAM]: search.queue });
  if (search.q) params.set('q', search.q);
  if (search.channel) params.set('kenh', search.channel);
  if (search.from) params.set('tu', search.from);
  if (search.to) params.set('den', search.to);
  if (search.sort) params.set('sap-xep', search.sort);
  if (search.page > 1) params.set('page', String(search.page));
  return params;
}
