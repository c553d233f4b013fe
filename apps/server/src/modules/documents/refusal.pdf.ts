import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formNumber, type RefusalView } from './form-views';
import {
  documentDefinition,
  electronicSignatureBox,
  field,
  fieldPair,
  formLabelText,
  headerBlock,
  line,
  oneLine,
  paragraph,
  profileFor,
  signaturePair,
  signatureRight,
  titleBlock,
} from './pdf-layout';
import { renderPdf } from './pdf-render.io';
import { toNfc, upperVi } from './vietnamese-format';

/**
 * Mẫu 03 (Circular 01/2018 and 03/2025): Phiếu từ chối tiếp nhận giải quyết hồ sơ.
 * Title VERIFIED (law). Lines, the "Qua xem xét …" sentence and the two signers follow Thanh Hóa (S10c, forms.md
 * §2.5, VERIFIED practice); practice prints no `Số:` line, so it appears only when `documentNumber` is given.
 */

export const REFUSAL_TITLE = 'PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ';

function refusalDefinition(view: RefusalView): TDocumentDefinitions {
  const profile = profileFor(view.paper ?? 'A5');
  const personal = (view.applicant.kind ?? 'person') === 'person';
  const content: Content[] = [
    ...(view.electronic ? [electronicSignatureBox(profile)] : []),
    headerBlock(profile, { issuer: view.issuer, issuedOn: view.issuedOn, documentNumber: view.documentNumber }),
    titleBlock(profile, { title: REFUSAL_TITLE }),
    line(profile, [`${view.receivingUnitName} tiếp nhận hồ sơ của:`]),
    field(profile, personal ? 'Ông/Bà' : 'Tổ chức', upperVi(view.applicant.name)),
  ];
  if (view.applicant.identityNumber || view.ruleSet === '2025') {
    content.push(
      field(profile, personal ? 'Số định danh cá nhân' : 'Mã số doanh nghiệp/tổ chức', view.applicant.identityNumber),
    );
  }
  content.push(
    field(profile, 'Địa chỉ', view.applicant.address, false),
    fieldPair(profile, ['Số điện thoại', view.applicant.phone], ['Email', view.applicant.email]),
    field(profile, 'Nội dung yêu cầu giải quyết', view.procedureName),
    paragraph(profile, [
      `Qua xem xét, ${view.receivingUnitName} thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:`,
    ]),
  );
  // One reason reads as a sentence; several as a dashed list (Decree 30 list style).
  const reasons = view.reasons.length === 1 ? [view.reasons[0]!] : view.reasons.map((r) => `- ${r}`);
  content.push(...reasons.map((r) => paragraph(profile, [{ text: r, bold: true }])));
  content.push(paragraph(profile, ['Xin thông báo cho Ông/Bà được biết và thực hiện./.']));
  if (view.contact) {
    content.push(
      paragraph(profile, [
        'Mọi vướng mắc xin liên hệ ',
        { text: view.contact.name, bold: true },
        ', số điện thoại ',
        { text: view.contact.phone, bold: true },
        '.',
      ]),
    );
  }
  content.push(
    (view.applicantSigns ?? true)
      ? signaturePair(
          profile,
          { heading: 'NGƯỜI NỘP HỒ SƠ', name: view.applicant.name },
          { heading: 'NGƯỜI TIẾP NHẬN HỒ SƠ', name: view.receivingOfficerName },
          view.electronic,
        )
      : signatureRight(profile, { heading: 'NGƯỜI TIẾP NHẬN HỒ SƠ', name: view.receivingOfficerName }, view.electronic),
  );
  return documentDefinition(profile, content, {
    title: 'Phiếu từ chối tiếp nhận giải quyết hồ sơ',
    author: oneLine(view.issuer.issuerName),
    formLabel: formLabelText(formNumber('refusal', view.ruleSet)),
    pageNumbers: true,
  });
}

export async function renderRefusalPdf(input: RefusalView): Promise<Buffer> {
  if (input.reasons.length === 0) throw new Error('A refusal states at least one reason.');
  const view = toNfc(input);
  return renderPdf(() => refusalDefinition(view));
}
