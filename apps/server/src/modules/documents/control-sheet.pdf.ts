import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { type ControlSheetView, formNumber, type HandoverRowView } from './form-views';
import {
  documentDefinition,
  electronicSignatureBox,
  field,
  formLabelText,
  GRID_PAD_X,
  GRID_PAD_Y,
  gridLayout,
  gridWidths,
  headCell,
  headerBlock,
  line,
  mm,
  oneLine,
  type PageProfile,
  profileFor,
  titleBlock,
} from './pdf-layout';
import { renderPdf } from './pdf-render.io';
import { formatDateTime, formatOutcome, toNfc, upperVi } from './vietnamese-format';

/**
 * Mẫu 05 (Circular 01/2018) / Mẫu 06 (Circular 03/2025): Phiếu kiểm soát quá trình giải quyết hồ sơ.
 * Title VERIFIED (law); the header lines, the table (TÊN CƠ QUAN | THỜI GIAN GIAO, NHẬN HỒ SƠ with Người giao /
 * Người nhận | KẾT QUẢ … | GHI CHÚ) and the notes are the same in three practice systems (Ninh Thuận S11b, Đồng Nai
 * S15, Thanh Hóa S10d; forms.md §2.7). One row per hand-over event. For 2025 the MoH BM.05 reproduction has the same
 * structure (rules-verified §2.4); its exact notes are UNVERIFIED, so the 2018 notes are kept.
 */

export const CONTROL_SHEET_TITLE = 'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ';

/** Notes of the form (forms.md §2.7, as S11b prints them; "bên nhận" is forms.md's reading of the second bullet). */
const NOTES = [
  '- Trường hợp hồ sơ được chuyển qua dịch vụ bưu chính công ích theo Quyết định số 45/2016/QĐ-TTg thì thời gian giao, nhận hồ sơ và việc ký nhận thể hiện trong hóa đơn của cơ quan Bưu chính;',
  '- Kết quả giải quyết hồ sơ do bên nhận hồ sơ ghi khi nhận bàn giao;',
  '- Trường hợp Hệ thống thông tin một cửa điện tử chưa vận hành, người giao và người nhận phải ký và ghi rõ họ tên. Khi Hệ thống thông tin một cửa điện tử đã vận hành, việc lưu vết được thực hiện tự động và thể hiện trên mẫu phiếu điện tử.',
];

/** The grid's cell padding, cancelled by the nested time/signature table so its lines meet the cell borders. */
const PAD_X = GRID_PAD_X;
const PAD_Y = GRID_PAD_Y;

function handoverCells(row: HandoverRowView, profile: PageProfile, signatureSpace: number): Content[] {
  const person = (label: string, name: string | undefined): Content => ({
    stack: [
      { text: label, bold: true },
      { text: '(Ký, ghi rõ họ tên)', italics: true, fontSize: profile.type.table - 1.5 },
      { text: name ?? ' ', margin: [0, signatureSpace, 0, 0] },
    ],
    alignment: 'center',
  });
  // The time spans Người giao | Người nhận, as on the printed forms; a nested table draws that split.
  const timeAndSigners: Content = {
    table: {
      widths: ['*', '*'],
      body: [
        [{ text: formatDateTime(row.at), colSpan: 2, alignment: 'center' }, ''],
        [person('Người giao', row.giverName), person('Người nhận', row.receiverName)],
      ],
    },
    layout: {
      hLineWidth: (i) => (i === 1 ? 0.5 : 0),
      vLineWidth: (i) => (i === 1 ? 0.5 : 0),
      paddingLeft: () => PAD_X,
      paddingRight: () => PAD_X,
      paddingTop: () => PAD_Y,
      paddingBottom: () => PAD_Y,
    },
    margin: [-PAD_X, -PAD_Y, -PAD_X, -PAD_Y],
  };
  return [
    { text: [{ text: '1. Giao: ', bold: true }, row.fromUnit, '\n', { text: '2. Nhận: ', bold: true }, row.toUnit] },
    timeAndSigners,
    { text: row.outcome ? formatOutcome(row.outcome) : '', alignment: 'center' },
    { text: row.note ?? '' },
  ];
}

function controlSheetDefinition(view: ControlSheetView): TDocumentDefinitions {
  const profile = profileFor(view.paper ?? 'A5');
  const w = profile.textWidth;
  // Ninh Thuận's 25 | 50 | 12.5 | 12.5 % (forms.md §2.7): 29 | 58 | 14.5 | 14.5 mm on A5, 41 | 82 | 21 | 21 on A4.
  const widths = gridWidths([w * 0.25, w * 0.5, w * 0.125, w * 0.125]);
  // Electronic sheets carry the trail automatically (notes, third bullet): names only, no room for ink.
  const signatureSpace = view.electronic ? 2 : mm(profile.pageSize === 'A5' ? 9 : 12);
  const head = { fontSize: profile.type.table - 1 };
  const content: Content[] = [
    ...(view.electronic ? [electronicSignatureBox(profile)] : []),
    headerBlock(profile, { issuer: view.issuer, issuedOn: view.issuedOn, documentNumber: view.documentNumber }),
    titleBlock(profile, { title: CONTROL_SHEET_TITLE, code: view.dossierCode }),
    field(profile, 'Kèm theo hồ sơ của', upperVi(view.applicantName)),
  ];
  if (view.procedureName) content.push(field(profile, 'Thủ tục hành chính', view.procedureName, false));
  content.push(
    line(profile, ['Ngày, giờ nhận hồ sơ: ', { text: formatDateTime(view.receivedAt), bold: true }]),
    line(profile, ['Ngày, giờ hẹn trả kết quả: ', { text: formatDateTime(view.dueAt), bold: true }]),
    field(profile, 'Cơ quan (bộ phận) giải quyết hồ sơ', view.leadAgencyName),
    field(profile, 'Cơ quan phối hợp giải quyết hồ sơ', view.coordinatingAgencyNames?.join('; ')),
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths,
        body: [
          [
            headCell('TÊN CƠ QUAN', head),
            headCell('THỜI GIAN GIAO, NHẬN HỒ SƠ', head),
            headCell('KẾT QUẢ GIẢI QUYẾT HỒ SƠ (Trước hạn/ đúng hạn/ quá hạn)', head),
            headCell('GHI CHÚ', head),
          ],
          ...view.handovers.map((row) => handoverCells(row, profile, signatureSpace)),
        ],
      },
      layout: gridLayout,
      fontSize: profile.type.table,
      margin: [0, profile.type.bodyAfter, 0, profile.type.paragraphAfter],
    },
    {
      stack: [{ text: 'Ghi chú:', bold: true, italics: true }, ...NOTES.map((text) => ({ text }))],
      fontSize: profile.type.note,
      alignment: 'justify',
      unbreakable: true,
    },
  );
  return documentDefinition(profile, content, {
    title: `Phiếu kiểm soát quá trình giải quyết hồ sơ - ${view.dossierCode}`,
    author: oneLine(view.issuer.issuerName),
    formLabel: formLabelText(formNumber('controlSheet', view.ruleSet)),
    pageNumbers: true,
  });
}

/** A5 by default (Circular 01/2018 Art 9(2)); `paper: 'A4'` for the roomier layout forms.md §2.7 recommends. */
export async function renderControlSheetPdf(input: ControlSheetView): Promise<Buffer> {
  const view = toNfc(input);
  return renderPdf(() => controlSheetDefinition(view));
}
