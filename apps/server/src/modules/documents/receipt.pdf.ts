import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formNumber, type ReceiptView } from './form-views';
import {
  documentDefinition,
  field,
  fieldPair,
  electronicSignatureBox,
  formLabelText,
  gridLayout,
  headCell,
  headerBlock,
  line,
  mm,
  oneLine,
  type PageProfile,
  profileFor,
  qrBlock,
  qrDataUrl,
  signaturePair,
  titleBlock,
} from './pdf-layout';
import { renderPdf } from './pdf-render.io';
import {
  formatCount,
  formatDateTime,
  formatDeliveryMethod,
  formatDuration,
  formatMoney,
  toNfc,
  upperVi,
} from './vietnamese-format';

/**
 * Mẫu 01 (Circular 01/2018 and 03/2025): Giấy tiếp nhận hồ sơ và hẹn trả kết quả.
 * Header and title VERIFIED (law, forms.md §2.1); the body lines follow the practice reproductions of
 * forms.md §2.3 (items 1–6, register entry, two signers); their exact official wording is UNVERIFIED.
 */

export const RECEIPT_TITLE = 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ';

/** Name of the QR in the document's image dictionary: one embedded image for all copies. */
const QR_IMAGE = 'lookup-qr';

/** forms.md §2.3 notes: two copies, one filed with Mẫu 05 at the one-stop unit, one for the applicant. */
const DEFAULT_COPY_LABELS = ['Liên 1: Lưu', 'Liên 2: Giao người nộp hồ sơ'];

function documentsTable(view: ReceiptView, profile: PageProfile): Content {
  const count = (n: number) => ({ text: n > 0 ? String(n) : '', alignment: 'center' as const });
  const rows: Content[][] = view.documents.map((d, i) => [
    { text: String(i + 1), alignment: 'center' },
    { text: d.name },
    count(d.originals),
    count(d.certifiedCopies),
    count(d.photocopies),
  ]);
  // The single header row of forms.md §2.3 (Thanh Hóa's columns, S10): TT | name | original / certified copy /
  // photocopy counts. Widths ≈ 8 | 66 | 14 | 14 | 14 mm on A5, scaled to the text width on A4.
  const countWidth = mm((profile.textWidth * 14) / 116);
  const small = { fontSize: profile.type.table - 1 };
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [mm(7), '*', countWidth, countWidth, countWidth],
      body: [
        [
          headCell('TT', small),
          headCell('Tên giấy tờ', small),
          headCell('Bản chính', small),
          headCell('Bản chứng thực', small),
          headCell('Bản photo', small),
        ],
        ...rows,
      ],
    },
    layout: gridLayout,
    fontSize: profile.type.table,
    margin: [0, 0, 0, profile.type.bodyAfter + 1],
  };
}

function receiptCopy(view: ReceiptView, copyLabel: string | undefined, first: boolean): Content[] {
  const profile = profileFor(view.paper ?? 'A5');
  const applicant = view.applicant;
  const personal = (applicant.kind ?? 'person') === 'person';
  // forms.md §2.9 puts the 18 mm QR in the left header column under `Số:`. That adds ≈ 25 mm to the header and
  // pushes the signatures of a realistic receipt (3 documents) onto a second page, on A5 and on A4 alike; so the QR
  // sits beside the applicant lines instead: still in the top half, next to who the dossier belongs to.
  const qrContent = qrBlock(profile, QR_IMAGE, 'Tra cứu hồ sơ');
  const identity: Content[] = [field(profile, personal ? 'Ông/Bà' : 'Tổ chức', upperVi(applicant.name))];
  // The 2025-era reproductions add the personal identification number (rules-verified §2.4, UNVERIFIED primary);
  // 2018 practice prints the ID card number when it has one (forms.md §2.3, S10/S11).
  if (applicant.identityNumber || view.ruleSet === '2025') {
    identity.push(
      field(profile, personal ? 'Số định danh cá nhân' : 'Mã số doanh nghiệp/tổ chức', applicant.identityNumber),
    );
  }
  identity.push(field(profile, 'Địa chỉ', applicant.address, false));
  identity.push(fieldPair(profile, ['Số điện thoại', applicant.phone], ['Email', applicant.email]));
  const content: Content[] = [
    ...(view.electronic ? [electronicSignatureBox(profile)] : []),
    headerBlock(profile, {
      issuer: view.issuer,
      issuedOn: view.issuedOn,
      documentNumber: view.documentNumber,
    }),
    titleBlock(profile, { title: RECEIPT_TITLE, code: view.dossierCode, copyLabel }),
    line(profile, [`${view.receivingUnitName} tiếp nhận hồ sơ của:`]),
    {
      columns: [
        { width: '*', stack: identity },
        { width: mm(profile.qrSize + 1), stack: [qrContent] },
      ],
      columnGap: mm(2),
    },
  ];
  content.push(
    field(profile, 'Nội dung yêu cầu giải quyết', view.procedureName),
    line(profile, ['1. Thành phần hồ sơ nộp gồm:']),
    documentsTable(view, profile),
    line(profile, ['2. Số lượng hồ sơ: ', { text: formatCount(view.numberOfSets), bold: true }, ' (bộ)']),
    line(profile, [
      '3. Thời gian giải quyết hồ sơ theo quy định là: ',
      { text: formatDuration(view.processingTime), bold: true },
    ]),
    line(profile, ['4. Thời gian nhận hồ sơ: ', { text: formatDateTime(view.receivedAt), bold: true }]),
    line(profile, ['5. Thời gian trả kết quả giải quyết hồ sơ: ', { text: formatDateTime(view.dueAt), bold: true }]),
    line(profile, [
      '6. Đăng ký nhận kết quả tại: ',
      { text: view.resultDelivery.detail ?? formatDeliveryMethod(view.resultDelivery.method), bold: true },
    ]),
  );
  if (view.fee) {
    // Practice prints the fee and how it is paid (forms.md §2.3, S10); money as "400.000 đồng".
    const method = view.fee.paymentMethod ? ` (${view.fee.paymentMethod})` : '';
    content.push(line(profile, ['Phí, lệ phí: ', { text: formatMoney(view.fee.amount), bold: true }, method]));
  }
  if (view.registerEntry) {
    content.push(
      line(profile, [
        'Vào Sổ theo dõi hồ sơ, Quyển số: ',
        { text: view.registerEntry.book, bold: true },
        '    Số thứ tự: ',
        { text: view.registerEntry.sequence, bold: true },
      ]),
    );
  }
  content.push(
    signaturePair(
      profile,
      { heading: 'NGƯỜI NỘP HỒ SƠ', name: view.submitterName ?? view.applicant.name },
      { heading: 'NGƯỜI TIẾP NHẬN HỒ SƠ', name: view.receivingOfficerName },
      view.electronic,
    ),
  );
  if (view.notes?.length) {
    content.push({
      stack: view.notes.map((n) => ({ text: n })),
      fontSize: profile.type.note,
      italics: true,
      margin: [0, profile.type.bodyAfter, 0, 0],
    });
  }
  // The break sits on the copy's first node: an empty text node before it would cost a line at the page top.
  if (!first) content[0] = { ...(content[0] as object), pageBreak: 'before' } as Content;
  return content;
}

/** The definition, given the QR already encoded (pdfmake needs a fresh one per render, stack-notes §Q6). */
function receiptDefinition(view: ReceiptView, qr: string): TDocumentDefinitions {
  const labels = view.copyLabels ?? DEFAULT_COPY_LABELS;
  const copies = labels.length > 0 ? labels : [undefined];
  const content = copies.flatMap((label, i) => receiptCopy(view, label, i === 0));
  return documentDefinition(profileFor(view.paper ?? 'A5'), content, {
    title: `Giấy tiếp nhận hồ sơ và hẹn trả kết quả - ${view.dossierCode}`,
    author: oneLine(view.issuer.issuerName),
    createdAt: view.receivedAt,
    formLabel: formLabelText(formNumber('receipt', view.ruleSet)),
    labelOnEveryPage: true,
    images: { [QR_IMAGE]: qr },
  });
}

/** One page per copy (`copyLabels`), each an A5 (default) receipt with the lookup QR. */
export async function renderReceiptPdf(input: ReceiptView): Promise<Buffer> {
  const view = toNfc(input);
  const qr = await qrDataUrl(view.lookupUrl);
  return renderPdf(() => receiptDefinition(view, qr));
}
