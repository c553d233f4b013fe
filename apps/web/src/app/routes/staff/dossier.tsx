import { Permission } from '@mot-cua/contracts';
import { useQuery } from '@tanstack/react-query';
import { useLocation, useParams } from 'react-router';
import { paths } from '../../../config/paths';
import { useSessionUser } from '../../../features/auth/api/get-me';
import { dossierQueryOptions } from '../../../features/dossiers/api/get-dossier';
import { DossierDetailView } from '../../../features/dossiers/components/dossier-detail';
import { useI18n } from '../../../lib/i18n';
import { findStaffMenuEntry, staffMenu } from '../../staff-menu';
import { useDocumentTitle } from '../../use-document-title';

const deskKeys: readonly string[] = [paths.staff.dossiers, paths.staff.process, paths.staff.approve, paths.staff.issue];

/** `/can-bo/ho-so/:id`: one dossier; "back" returns to the desk it was opened from. */
export function DossierRoute() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const location = useLocation();
  const user = useSessionUser();
  const dossier = useQuery(dossierQueryOptions(id));
  useDocumentTitle(dossier.data?.code ?? t('dossier.title'));
  const state = location.state as { desk?: unknown; back?: unknown } | null;
  // Opened from a queue: back to that queue; otherwise to the user's first desk.
  const desk =
    (typeof state?.desk === 'string' ? findStaffMenuEntry(state.desk) : undefined) ??
    staffMenu(user.permissions).find((e) => deskKeys.includes(e.key));
  const back = typeof state?.back === 'string' && state.back.startsWith(paths.staff.root) ? state.back : undefined;
  return (
    <DossierDetailView
      key={id}
      id={id}
      canReveal={user.permissions.includes(Permission.PERSONAL_DATA_READ)}
      backHref={back ?? desk?.key ?? paths.staff.dossiers}
      backLabel={t('dossier.backTo', { desk: t(desk?.label ?? 'menu.dossiers') })}
    />
  );
}
