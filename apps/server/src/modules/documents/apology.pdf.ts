import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formNumber, type ApologyView } from './form-views';
import {
  documentDefinition,
  electronicSignatureBox,
  formLabelText,
  headerBlock,
  letterFooter,
  line,
  oneLine,
  type PageProfile,
  paragraph,
  profileFor,
  titleBlock,
  addressee,
} from './pdf-layout';
import { renderPdf } from './pdf-render.io';
import { formatDateOf, formatDateTime, toNfc, upperVi } from './vietnamese-format';

/**
 * Mẫu 04, issued by the competent agency at fault and sent through the one-stop unit (Decree 61 Art 19(9)).
 *
 * - 2018 "Phiếu xin lỗi và hẹn lại ngày trả kết quả" (A5): title VERIFIED (law); `Số: …/PXL`, the centred
 *   `Kính gửi`, the body sentences, `Nơi nhận` and the agency head's signature follow Chơn Thành / Đồng Nai (S14,
 *   forms.md §2.6, VERIFIED practice).
 * - 2025 "Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết" (Circular 03/2025 Appendix I, name from a
 *   secondary list): UNVERIFIED content and paper. Laid out as a Decree 30 letter on A4 with a `V/v` line and no
 *   title, as forms.md §3 infers. (The Ministry of Health's 2025 BM.04 instead keeps a title, "PHIẾU XIN LỖI VÀ ĐỀ
 *   NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT", rules-verified §2.4.) The body keeps the 2018 facts and adds the personal
 *   identification number that the 2025-era forms carry.
 */

export const APOLOGY_TITLE_2018 = 'PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ';
export const APOLOGY_SUBJECT_2025 = 'V/v xin lỗi và đề nghị gia hạn thời gian giải quyết hồ sơ';

function defaultRecipients(view: ApologyView): string[] {
  return ['Như trên', view.receivingUnitName, 'Lưu: VT'];
}

function body2018(view: ApologyView, profile: PageProfile): Content[] {
  return [
    paragraph(profile, [
      `Ngày ${formatDateOf(view.receivedAt)}, ${view.receivingUnitName} tiếp nhận hồ sơ đề nghị `,
      { text: view.procedureName, bold: true },
      ` của Ông/Bà ${view.applicant.name}.`,
    ]),
    line(profile, ['Mã hồ sơ: ', { text: view.dossierCode, bold: true }]),
    line(profile, [
      'Thời gian hẹn trả kết quả giải quyết hồ sơ: ',
      { text: formatDateTime(view.originalDueAt), bold: true },
    ]),
    paragraph(profile, [
      `Tuy nhiên đến nay, ${view.agencyName} chưa trả kết quả giải quyết hồ sơ cho Ông/Bà đúng thời hạn quy định ghi `,
      'trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả.',
    ]),
    paragraph(profile, ['Lý do: ', view.reason]),
    paragraph(profile, [
      `${view.agencyName} xin lỗi Ông/Bà vì sự chậm trễ này và sẽ trả kết quả giải quyết hồ sơ cho Ông/Bà vào thời gian sau:`,
    ]),
    paragraph(profile, [{ text: `Thời gian hẹn trả kết quả lại: ${formatDateTime(view.newDueAt)}.`, bold: true }]),
    paragraph(profile, ['Mong nhận được sự thông cảm của Ông/Bà. Trân trọng./.']),
  ];
}

function body2025(view: ApologyView, profile: PageProfile): Content[] {
  const id = view.applicant.identityNumber ? ` (số định danh cá nhân: ${view.applicant.identityNumber})` : '';
  return [
    paragraph(profile, [
      `Ngày ${formatDateOf(view.receivedAt)}, ${view.receivingUnitName} tiếp nhận hồ sơ của Ông/Bà ${view.applicant.name}${id} `,
      'đề nghị giải quyết thủ tục hành chính ',
      { text: view.procedureName, bold: true },
      '; mã hồ sơ ',
      { text: view.dossierCode, bold: true },
      '; thời gian hẹn trả kết quả: ',
      { text: formatDateTime(view.originalDueAt), bold: true },
      '.',
    ]),
    paragraph(profile, [
      `Đến nay, ${view.agencyName} chưa hoàn thành việc giải quyết hồ sơ trong thời hạn đã hẹn. Lý do: ${view.reason}`,
    ]),
    paragraph(profile, [
      `${view.agencyName} trân trọng xin lỗi Ông/Bà và đề nghị gia hạn thời gian giải quyết hồ sơ; thời gian hẹn trả kết quả mới: `,
      { text: formatDateTime(view.newDueAt), bold: true },
      '.',
    ]),
    paragraph(profile, ['Rất mong nhận được sự thông cảm của Ông/Bà./.']),
  ];
}

function apologyDefinition(view: ApologyView): TDocumentDefinitions {
  const is2025 = view.ruleSet === '2025';
  // forms.md §3: the 2025 Mẫu 04 is a "văn bản", so a Decree 30 letter on A4 by default.
  const profile = profileFor(view.paper ?? (is2025 ? 'A4' : 'A5'));
  const contact = [
    view.applicant.address && `Địa chỉ: ${view.applicant.address}`,
    view.applicant.phone && `SĐT: ${view.applicant.phone}`,
  ]
    .filter(Boolean)
    .join('; ');
  const content: Content[] = [
    ...(view.electronic ? [electronicSignatureBox(profile)] : []),
    headerBlock(profile, {
      issuer: view.issuer,
      issuedOn: view.issuedOn,
      documentNumber: view.documentNumber,
      subjectLine: is2025 ? APOLOGY_SUBJECT_2025 : undefined,
    }),
  ];
  if (!is2025) content.push(titleBlock(profile, { title: APOLOGY_TITLE_2018 }));
  content.push(
    addressee(profile, `Ông/Bà ${upperVi(view.applicant.name)}`, contact ? `(${contact})` : undefined, is2025),
    ...(is2025 ? body2025(view, profile) : body2018(view, profile)),
    letterFooter(profile, view.recipients ?? defaultRecipients(view), view.signer),
  );
  return documentDefinition(profile, content, {
    title: is2025
      ? 'Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết'
      : 'Phiếu xin lỗi và hẹn lại ngày trả kết quả',
    subject: view.dossierCode,
    author: oneLine(view.issuer.issuerName),
    formLabel: formLabelText(formNumber('apology', view.ruleSet)),
    pageNumbers: true,
  });
}

export async function renderApologyPdf(input: ApologyView): Promise<Buffer> {
  const view = toNfc(input);
  return renderPdf(() => apologyDefinition(view));
}
