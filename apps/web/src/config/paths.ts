/** Every route of the app, with its Vietnamese path (what citizens and staff see in the address bar). */
export const paths = {
  home: '/',
  procedures: '/thu-tuc',
  procedure: '/thu-tuc/:code',
  procedurePrint: '/thu-tuc/:code/in',
  onlineSubmit: '/nop-truc-tuyen/:code',
  dueDate: '/tinh-han',
  dossierLookup: '/tra-cuu',
  appointments: '/dat-lich',
  login: '/dang-nhap',
  staff: {
    root: '/can-bo',
    receive: '/can-bo/tiep-nhan',
    dossiers: '/can-bo/ho-so',
    dossier: '/can-bo/ho-so/:id',
    process: '/can-bo/xu-ly',
    approve: '/can-bo/phe-duyet',
    issue: '/can-bo/phat-hanh',
    reports: '/can-bo/bao-cao',
    dueDate: '/can-bo/tinh-han',
    center: '/can-bo/quan-tri/trung-tam',
    agencies: '/can-bo/quan-tri/co-quan',
    counters: '/can-bo/quan-tri/quay',
    users: '/can-bo/quan-tri/tai-khoan',
    calendar: '/can-bo/quan-tri/lich',
    catalogAdmin: '/can-bo/quan-tri/thu-tuc',
    catalogAdminNew: '/can-bo/quan-tri/thu-tuc/moi',
    catalogAdminImport: '/can-bo/quan-tri/thu-tuc/nhap-tu-tep',
    catalogAdminProcedure: '/can-bo/quan-tri/thu-tuc/:code',
    audit: '/can-bo/nhat-ky',
  },
} as const;

/** `/thu-tuc?q=…` for a procedure search. */
export function proceduresHref(query: string): string {
  const q = query.trim();
  return q ? `${paths.procedures}?q=${encodeURIComponent(q)}` : paths.procedures;
}

/** `/thu-tuc/1.001193`: the page of one procedure. */
export function procedureHref(code: string): string {
  return paths.procedure.replace(':code', encodeURIComponent(code));
}

/** `/thu-tuc/1.001193/in`: the printable checklist of a procedure. */
export function procedurePrintHref(code: string): string {
  return paths.procedurePrint.replace(':code', encodeURIComponent(code));
}

/** `/nop-truc-tuyen/1.001193`: online submission of a procedure. */
export function onlineSubmitHref(code: string): string {
  return paths.onlineSubmit.replace(':code', encodeURIComponent(code));
}

/** `/tinh-han?soNgay=5&donVi=WORKING_DAY`: the due-date tool with a legal time filled in. */
export function dueDateHref(amount: number, unit: string): string {
  return `${paths.dueDate}?${new URLSearchParams({ soNgay: String(amount), donVi: unit }).toString()}`;
}

/** `/tra-cuu?ma=…`: the public dossier lookup, with the code filled in (the QR code on the receipt opens it). */
export function dossierLookupHref(code?: string): string {
  return code ? `${paths.dossierLookup}?${new URLSearchParams({ ma: code }).toString()}` : paths.dossierLookup;
}

/** `/can-bo/ho-so/<id>`: one dossier in the staff workspace. */
export function dossierHref(id: string): string {
  return paths.staff.dossier.replace(':id', encodeURIComponent(id));
}

/** `/can-bo/xu-ly?hang-doi=mine`: a work queue page with a queue selected. */
export function queueHref(deskPath: string, queue: string): string {
  return `${deskPath}?${new URLSearchParams({ 'hang-doi': queue }).toString()}`;
}

/** `/can-bo/quan-tri/thu-tuc/1.001193`: a procedure in the catalog administration (its editor). */
export function adminProcedureHref(code: string): string {
  return paths.staff.catalogAdminProcedure.replace(':code', encodeURIComponent(code));
}
