import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formNumber, type StopNoticeView } from './form-views';
import {
  addressee,
  documentDefinition,
  electronicSignatureBox,
  formLabelText,
  headerBlock,
  letterFooter,
  line,
  oneLine,
  paragraph,
  profileFor,
  titleBlock,
} from './pdf-layout';
import { renderPdf } from './pdf-render.io';
import { formatDate, formatDateOf, formatDateTime, toNfc, upperVi } from './vietnamese-format';

/**
 * Mẫu 05 of Circular 03/2025 (new): Thông báo dừng giải quyết hồ sơ.
 *
 * VERIFIED only that it exists and when it is used (Circular 03/2025 Art 7, rules-verified §4.4): on an in-person or
 * postal request to stop (Decree 118 Art 21(1)), the receiving one-stop unit checks the dossier and, if no decision
 * or result notice has been issued yet, issues this notice. Its wording and paper are UNVERIFIED; it is laid out as a
 * Decree 30 notice (title `THÔNG BÁO` with the summary `Về việc dừng giải quyết hồ sơ` and its rule, forms.md §3) on
 * A4 like the 2025 letter. Legal grounds and follow-up sentences are data, so a wrong guess is not baked in here.
 */

export const STOP_NOTICE_TITLE = 'THÔNG BÁO';
export const STOP_NOTICE_SUMMARY = 'Về việc dừng giải quyết hồ sơ';

const CHANNELS: Record<StopNoticeView['requestChannel'], string> = {
  'in-person': 'nộp trực tiếp',
  postal: 'gửi qua dịch vụ bưu chính',
  online: 'gửi trực tuyến',
};

function stopNoticeDefinition(view: StopNoticeView): TDocumentDefinitions {
  const profile = profileFor(view.paper ?? 'A4');
  const applicant = view.applicant;
  const content: Content[] = [
    ...(view.electronic ? [electronicSignatureBox(profile)] : []),
    headerBlock(profile, { issuer: view.issuer, issuedOn: view.issuedOn, documentNumber: view.documentNumber }),
    titleBlock(profile, { title: STOP_NOTICE_TITLE, summary: STOP_NOTICE_SUMMARY }),
    addressee(
      profile,
      `Ông/Bà ${upperVi(applicant.name)}`,
      applicant.address ? `(Địa chỉ: ${applicant.address})` : undefined,
    ),
  ];
  // Decree 30: legal grounds in italics, one per line, `;` at each end and `.` after the last.
  const grounds = view.legalBasis ?? [];
  grounds.forEach((g, i) => {
    const text = `${g.replace(/[;.]$/, '')}${i === grounds.length - 1 ? '.' : ';'}`;
    content.push(paragraph(profile, [{ text, italics: true }]));
  });
  content.push(
    paragraph(profile, [
      `Ngày ${formatDateOf(view.requestedAt)}, ${view.issuingUnitName} nhận được đề nghị dừng giải quyết hồ sơ `,
      `do Ông/Bà ${CHANNELS[view.requestChannel]}, đối với hồ sơ sau:`,
    ]),
    line(profile, ['- Mã hồ sơ: ', { text: view.dossierCode, bold: true }]),
    line(profile, ['- Thủ tục hành chính: ', { text: view.procedureName, bold: true }]),
    line(profile, ['- Thời gian tiếp nhận hồ sơ: ', { text: formatDateTime(view.receivedAt), bold: true }]),
  );
  if (applicant.identityNumber) {
    content.push(line(profile, ['- Số định danh cá nhân: ', { text: applicant.identityNumber, bold: true }]));
  }
  if (view.reason) content.push(line(profile, ['- Lý do: ', view.reason]));
  content.push(
    paragraph(profile, [
      'Hồ sơ chưa có quyết định giải quyết hoặc văn bản thông báo kết quả giải quyết. ',
      `${view.issuingUnitName} thông báo `,
      { text: `dừng giải quyết hồ sơ nêu trên kể từ ngày ${formatDate(view.issuedOn)}`, bold: true },
      '.',
    ]),
    ...(view.followUp ?? []).map((f) => paragraph(profile, [f])),
    paragraph(profile, [`${view.issuingUnitName} thông báo để Ông/Bà được biết./.`]),
    letterFooter(profile, view.recipients ?? ['Như trên', 'Lưu: VT'], view.signer),
  );
  return documentDefinition(profile, content, {
    title: 'Thông báo dừng giải quyết hồ sơ',
    subject: view.dossierCode,
    author: oneLine(view.issuer.issuerName),
    formLabel: formLabelText(formNumber('stopNotice', view.ruleSet)),
    pageNumbers: true,
  });
}

export async function renderStopNoticePdf(input: StopNoticeView): Promise<Buffer> {
  if (input.ruleSet !== '2025') throw new Error('The stop-processing notice exists only in the 2025 form set.');
  const view = toNfc(input);
  return renderPdf(() => stopNoticeDefinition(view));
}
