import { FileTextOutlined, FormOutlined } from '@ant-design/icons';
import type { ProcedureDetail } from '@mot-cua/contracts';
import { Tag } from 'antd';
import { useI18n } from '../../../lib/i18n';
import { documentCaseNames } from '../procedure-facts';

/** "Cần mang theo": each paper with how many originals and copies, required or not, and its form. */
export function ProcedureDocuments({ procedure }: { procedure: ProcedureDetail }) {
  const { t } = useI18n();
  const required = procedure.documents.filter((d) => d.required).length;
  const optional = procedure.documents.length - required;
  if (procedure.documents.length === 0) return <p className="muted">{t('procedure.noDocuments')}</p>;
  return (
    <>
      <p className="muted section-lead">
        {t('procedure.documentsSummary', { required })}
        {optional ? ` ${t('procedure.documentsOptional', { n: optional })}` : ''}
      </p>
      <ol className="doc-list" data-testid="document-list">
        {procedure.documents.map((doc, i) => {
          const cases = documentCaseNames(doc, procedure.cases);
          return (
            <li key={doc.id} className={`doc-item${doc.required ? '' : ' doc-item--optional'}`}>
              <span className="doc-item__number" aria-hidden="true">
                {i + 1}
              </span>
              <div className="doc-item__body">
                <div className="doc-item__head">
                  <span className="doc-item__name">{doc.name}</span>
                  {doc.required ? (
                    <Tag color="red" className="doc-item__tag">
                      {t('procedure.required')}
                    </Tag>
                  ) : (
                    <Tag className="doc-item__tag">{t('procedure.optional')}</Tag>
                  )}
                </div>
                <div className="doc-item__counts">
                  <span className={doc.originals ? 'doc-count' : 'doc-count doc-count--zero'}>
                    {t('procedure.originals')}: <b>{doc.originals}</b>
                  </span>
                  <span className={doc.copies ? 'doc-count' : 'doc-count doc-count--zero'}>
                    {t('procedure.copies')}: <b>{doc.copies}</b>
                  </span>
                </div>
                {doc.formTemplate ? (
                  <div className="doc-item__form">
                    <FileTextOutlined /> {t('procedure.formTemplate')}:{' '}
                    <span className="strong">{doc.formTemplate}</span>
                    {doc.eForm ? (
                      <Tag color="geekblue" icon={<FormOutlined />} className="doc-item__eform">
                        {t('procedure.eForm')}
                      </Tag>
                    ) : null}
                  </div>
                ) : null}
                {cases.length ? (
                  <div className="doc-item__note">{t('procedure.forCases', { cases: cases.join('; ') })}</div>
                ) : null}
                {doc.note ? <div className="doc-item__note">{doc.note}</div> : null}
              </div>
            </li>
          );
        })}
      </ol>
      <p className="muted small">{t('procedure.copiesHelp')}</p>
    </>
  );
}
