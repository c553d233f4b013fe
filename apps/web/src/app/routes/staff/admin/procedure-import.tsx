import { ArrowLeftOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { PageHeader } from '../../../../components/ui/page-header';
import { paths } from '../../../../config/paths';
import { CatalogImport } from '../../../../features/catalog-admin/components/catalog-import';
import { useI18n } from '../../../../lib/i18n';
import { useDocumentTitle } from '../../../use-document-title';

/** `/can-bo/quan-tri/thu-tuc/nhap-tu-tep`: import the catalog from a department's workbook or a JSON file. */
export function AdminProcedureImportRoute() {
  const { t } = useI18n();
  useDocumentTitle(t('catalogImport.title'));
  return (
    <>
      <Link to={paths.staff.catalogAdmin} className="dossier-back">
        <ArrowLeftOutlined /> {t('catalogAdmin.backToList')}
      </Link>
      <PageHeader title={t('catalogImport.title')} description={t('catalogImport.description')} />
      <CatalogImport />
    </>
  );
}
