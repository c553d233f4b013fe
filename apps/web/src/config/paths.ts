/** Every route of the app, with its Vietnamese path (what citizens and staff see in the address bar). */
export const paths = {
  home: '/',
  procedures: '/thu-tuc',
  dossierLookup: '/tra-cuu',
  appointments: '/dat-lich',
  login: '/dang-nhap',
  staff: {
    root: '/can-bo',
    receive: '/can-bo/tiep-nhan',
    process: '/can-bo/xu-ly',
    approve: '/can-bo/phe-duyet',
    issue: '/can-bo/phat-hanh',
    reports: '/can-bo/bao-cao',
    center: '/can-bo/quan-tri/trung-tam',
    agencies: '/can-bo/quan-tri/co-quan',
    counters: '/can-bo/quan-tri/quay',
    users: '/can-bo/quan-tri/tai-khoan',
    audit: '/can-bo/nhat-ky',
  },
} as const;

/** `/thu-tuc?q=…` for a procedure search. */
export function proceduresHref(query: string): string {
  const q = query.trim();
  return q ? `${paths.procedures}?q=${encodeURIComponent(q)}` : paths.procedures;
}
