import { Permission } from '@mot-cua/contracts';
import { PageHeader } from '../../../components/ui/page-header';
import { useSessionUser } from '../../../features/auth/api/get-me';
import { DossierQueues } from '../../../features/dossiers/components/dossier-queues';
import { deskPaths, type DossierDesk, dossiersPageDesk } from '../../../features/dossiers/dossier-queues';
import { type MessageKey, useI18n } from '../../../lib/i18n';
import { useDocumentTitle } from '../../use-document-title';

const titles: Record<DossierDesk, MessageKey> = {
  reception: 'menu.dossiers',
  process: 'menu.process',
  approve: 'menu.approve',
  issue: 'menu.issue',
  monitor: 'menu.dossiers',
};

/** A desk's work queues: "Hồ sơ", "Hồ sơ cần xử lý", "Phê duyệt", "Phát hành kết quả" are the same page. */
export function DeskRoute({ desk }: { desk: DossierDesk }) {
  const { t } = useI18n();
  const user = useSessionUser();
  useDocumentTitle(t(titles[desk]));
  return (
    <>
      <PageHeader title={t(titles[desk])} description={t(`desk.${desk}`)} />
      <DossierQueues
        key={desk}
        desk={desk}
        deskPath={deskPaths[desk]}
        canReceive={desk === 'reception' && user.permissions.includes(Permission.DOSSIER_RECEIVE)}
      />
    </>
  );
}

/** `/can-bo/ho-so`: the reception desk for officers who receive, the monitoring view for the others. */
export function DossiersRoute() {
  const user = useSessionUser();
  return <DeskRoute desk={dossiersPageDesk(user.permissions)} />;
}
