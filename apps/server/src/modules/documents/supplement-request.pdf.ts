import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formNumber, type SupplementRequestView } from './form-views';
import {
  documentDefinition,
  electronicSignatureBox,
  field,
  fieldPair,
  formLabelText,
  gridLayout,
  headCell,
  headerBlock,
  line,
  mm,
  oneLine,
  type PageProfile,
  paragraph,
  profileFor,
  signatureRight,
  titleBlock,
} from './pdf-layout';
import { renderPdf } from './pdf-render.io';
import { toNfc, upperVi } from './vietnamese-format';

/**
 * Mẫu 02 (Circular 01/2018 and 03/2025): Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ.
 * Title VERIFIED (law); `Số: …/HDHS`, the item list with reasons, the contact sentence and NGƯỜI HƯỚNG DẪN as the
 * single signer are VERIFIED (practice, Thanh Hóa S10b, forms.md §2.4); exact line wording UNVERIFIED.
 */

export const SUPPLEMENT_REQUEST_TITLE = 'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ';

function itemsTable(view: SupplementRequestView, profile: PageProfile): Content {
  // Each item carries its own reason: Decree 61 Art 17(1)(a) asks for the reasons, and listing them per item makes
  // the "once and fully" request checkable by the applicant.
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [mm(7), '*', mm((profile.textWidth * 40) / 116)],
      body: [
        [headCell('TT'), headCell('Nội dung cần bổ sung, hoàn thiện'), headCell('Lý do')],
        ...view.items.map((item, i): Content[] => [
          { text: String(i + 1), alignment: 'center' },
          { text: item.content },
          { text: item.reason },
        ]),
      ],
    },
    layout: gridLayout,
    fontSize: profile.type.table,
    margin: [0, 0, 0, profile.type.paragraphAfter],
  };
}

function supplementDefinition(view: SupplementRequestView): TDocumentDefinitions {
  const profile = profileFor(view.paper ?? 'A5');
  const personal = (view.applicant.kind ?? 'person') === 'person';
  const content: Content[] = [
    ...(view.electronic ? [electronicSignatureBox(profile)] : []),
    headerBlock(profile, { issuer: view.issuer, issuedOn: view.issuedOn, documentNumber: view.documentNumber }),
    titleBlock(profile, { title: SUPPLEMENT_REQUEST_TITLE, code: view.dossierCode }),
    line(profile, [`${view.receivingUnitName} tiếp nhận hồ sơ của:`]),
    field(profile, personal ? 'Ông/Bà' : 'Tổ chức', upperVi(view.applicant.name)),
  ];
  if (view.applicant.identityNumber || view.ruleSet === '2025') {
    content.push(
      field(profile, personal ? 'Số định danh cá nhân' : 'Mã số doanh nghiệp/tổ chức', view.applicant.identityNumber),
    );
  }
  content.push(
    field(profile, 'Nội dung yêu cầu giải quyết', view.procedureName),
    field(profile, 'Địa chỉ', view.applicant.address, false),
    fieldPair(profile, ['Số điện thoại', view.applicant.phone], ['Email', view.applicant.email]),
    line(profile, ['Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau:']),
    itemsTable(view, profile),
    paragraph(profile, [
      'Trong quá trình hoàn thiện hồ sơ nếu có vướng mắc, ông/bà liên hệ với ',
      { text: view.contact.name, bold: true },
      ' số điện thoại ',
      { text: view.contact.phone, bold: true },
      ' để được hướng dẫn./.',
    ]),
    signatureRight(profile, { heading: 'NGƯỜI HƯỚNG DẪN', name: view.guidingOfficerName }, view.electronic),
  );
  return documentDefinition(profile, content, {
    title: `Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ${view.dossierCode ? ` - ${view.dossierCode}` : ''}`,
    author: oneLine(view.issuer.issuerName),
    formLabel: formLabelText(formNumber('supplementRequest', view.ruleSet)),
    pageNumbers: true,
  });
}

export async function renderSupplementRequestPdf(input: SupplementRequestView): Promise<Buffer> {
  if (input.items.length === 0) throw new Error('A supplement request lists at least one item.');
  const view = toNfc(input);
  return renderPdf(() => supplementDefinition(view));
}
