import type { Center, ProcedureDetail } from '@mot-cua/contracts';
import { formatPlainDate, formatVnd } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { feeAmount, groupChannelFees } from '../procedure-facts';

/**
 * The checklist a citizen prints (A4) and ticks while gathering the papers: the center, the procedure, each
 * paper with its originals and copies, then the legal time, the fees and where to submit.
 */
export function PrintChecklist({
  procedure,
  center,
  printedOn,
}: {
  procedure: ProcedureDetail;
  center: Center | undefined;
  printedOn: string;
}) {
  const { t } = useI18n();
  const required = procedure.documents.filter((d) => d.required);
  const optional = procedure.documents.filter((d) => !d.required);
  const fees = groupChannelFees(procedure.channels).flatMap((g) => g.fees);
  const uniqueFees = [...new Map(fees.map((f) => [`${f.name}|${f.amountVnd}`, f])).values()];

  const rows = (docs: ProcedureDetail['documents'], start: number) =>
    docs.map((doc, i) => (
      <tr key={doc.id}>
        <td className="print-sheet__num">{start + i + 1}</td>
        <td>
          <div className="print-sheet__doc">{doc.name}</div>
          {doc.formTemplate ? (
            <div className="print-sheet__form">
              {t('procedure.formTemplate')}: {doc.formTemplate}
            </div>
          ) : null}
          {doc.note ? <div className="print-sheet__form">{doc.note}</div> : null}
        </td>
        <td className="print-sheet__count">{doc.originals}</td>
        <td className="print-sheet__count">{doc.copies}</td>
        <td className="print-sheet__check">
          <input type="checkbox" aria-label={t('print.have', { name: doc.name })} />
        </td>
      </tr>
    ));

  const head = (
    <thead>
      <tr>
        <th className="print-sheet__num">{t('print.number')}</th>
        <th>{t('print.document')}</th>
        <th className="print-sheet__count">{t('procedure.originals')}</th>
        <th className="print-sheet__count">{t('procedure.copies')}</th>
        <th className="print-sheet__check">{t('print.ready')}</th>
      </tr>
    </thead>
  );

  return (
    <article className="print-sheet" data-testid="print-sheet">
      <header className="print-sheet__header">
        {center?.parentBody ? <div className="print-sheet__parent">{center.parentBody}</div> : null}
        <div className="print-sheet__center">{center?.name ?? t('portal.defaultCenterName')}</div>
        <h1 className="print-sheet__title">{t('print.title')}</h1>
        <div className="print-sheet__procedure">{procedure.name}</div>
        <div className="print-sheet__code">
          {t('print.code', { code: procedure.code })} · {t('procedure.decidingAgency')}: {procedure.decidingAgency.name}
        </div>
      </header>

      <h2 className="print-sheet__section">{t('print.required', { n: required.length })}</h2>
      <table className="print-sheet__table">
        {head}
        <tbody>{rows(required, 0)}</tbody>
      </table>
      {optional.length ? (
        <>
          <h2 className="print-sheet__section">{t('print.optional', { n: optional.length })}</h2>
          <table className="print-sheet__table">
            {head}
            <tbody>{rows(optional, required.length)}</tbody>
          </table>
        </>
      ) : null}

      <dl className="print-sheet__facts">
        <dt>{t('procedure.times')}</dt>
        <dd>
          {procedure.cases
            .map((c) => (procedure.cases.length > 1 ? `${c.name}: ${c.legalTime.label}` : c.legalTime.label))
            .join('; ')}
        </dd>
        <dt>{t('procedure.fees')}</dt>
        <dd>
          {uniqueFees.length === 0
            ? t('procedure.noFees')
            : uniqueFees
                .map((f) => {
                  const a = feeAmount(f);
                  const amount =
                    a.kind === 'amount'
                      ? `${formatVnd(a.vnd)}${f.perUnit ? ` / ${f.perUnit}` : ''}`
                      : a.kind === 'free'
                        ? t('procedure.free')
                        : a.kind === 'council'
                          ? t('procedure.feeByCouncil')
                          : f.basis;
                  return `${f.name}: ${amount}`;
                })
                .join('; ')}
        </dd>
        <dt>{t('procedure.place')}</dt>
        <dd>
          {procedure.receivedAtCenter && center
            ? `${center.name} – ${center.address}${center.phone ? ` – ${t('center.phone')}: ${center.phone}` : ''}`
            : procedure.receivingAgency.name}
        </dd>
      </dl>

      {procedure.hasDemoValues ? <p className="print-sheet__demo">{t('procedure.demoNotice')}</p> : null}
      <p className="print-sheet__note">{t('print.note')}</p>
      <footer className="print-sheet__footer">
        <span>{t('print.printedOn', { date: formatPlainDate(printedOn) })}</span>
        <span>{t('print.source')}</span>
      </footer>
    </article>
  );
}
