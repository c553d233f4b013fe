import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formNumber, type RegisterColumnSet, type RegisterRowView, type RegisterView } from './form-views';
import {
  A4_LANDSCAPE_PROFILE,
  documentDefinition,
  formLabelText,
  gridLayout,
  gridWidths,
  headCell,
  headerBlock,
  oneLine,
  titleBlock,
} from './pdf-layout';
import { renderPdf } from './pdf-render.io';
import { formatDate, formatDeliveryMethodShort, toNfc } from './vietnamese-format';

/**
 * Mẫu 06 (Circular 01/2018) / Mẫu 07 (Circular 03/2025): Sổ theo dõi hồ sơ, on A4 (Circular 01/2018 Art 9(2)),
 * landscape for its 11–14 columns (Decree 30 allows landscape for tables; forms.md §2.8).
 * Title VERIFIED (law); the column sets are forms.md §2.8's: `official-14` recalled from the 2018 form (the two
 * transfer dates UNVERIFIED) and `practice-11` (Thanh Hóa S10e; the MoH 2025 BM.06 reproduction has the same).
 * The two header rows and the (1)…(n) number row repeat on every page.
 */

export const REGISTER_TITLE = 'SỔ THEO DÕI HỒ SƠ';

interface Column {
  header: string;
  /** Columns sharing a group get a merged header above them (`Ngày, tháng, năm`). */
  group?: string;
  /** mm, summing to the 262 mm text width. */
  width: number;
  align?: 'left' | 'center';
  cell: (row: RegisterRowView, index: number) => string;
}

const optionalDate = (date: string | undefined) => (date ? formatDate(date) : '');
const DATES = 'Ngày, tháng, năm';

const tt: Column = { header: 'TT', width: 8, align: 'center', cell: (_, i) => String(i + 1) };
// UAX 14 forbids a break between a hyphen and a digit, so a narrow column would cut the code mid-number; break it
// after the unit code instead: `000.01.01.H26-` / `261127-0001`.
const code: Column = { header: 'Mã hồ sơ', width: 27, cell: (r) => r.dossierCode.replace(/^([^-]+-)/, '$1\n') };
// `27/11/2026` at 9 pt is 14.5 mm plus 2.6 mm of padding and rule: 17.5 mm, not forms.md's 15 mm (which would
// break the year off the date).
const DATE_WIDTH = 17.5;
const received: Column = {
  header: 'Nhận hồ sơ',
  group: DATES,
  width: DATE_WIDTH,
  align: 'center',
  cell: (r) => formatDate(r.receivedOn),
};
const due: Column = {
  header: 'Hẹn trả kết quả',
  group: DATES,
  width: DATE_WIDTH,
  align: 'center',
  cell: (r) => formatDate(r.dueOn),
};
const returned: Column = {
  header: 'Trả kết quả',
  group: DATES,
  width: DATE_WIDTH,
  align: 'center',
  cell: (r) => optionalDate(r.returnedOn),
};

const COLUMN_SETS: Record<RegisterColumnSet, Column[]> = {
  // forms.md §2.8 gives 8 | 30 | 40 | 12 | 25 | 30 | 22 | 15 × 5 | 12 | 8 = 262 mm; the dates need 17.5 mm and the
  // notes more than 8 mm, so: 8 | 27 | 33 | 12 | 24 | 27 | 20 | 17.5 × 5 | 12 | 11.5 = 262 mm.
  'official-14': [
    tt,
    code,
    { header: 'Tên TTHC', width: 33, cell: (r) => r.procedureName },
    { header: 'Số lượng hồ sơ (bộ)', width: 12, align: 'center', cell: (r) => String(r.numberOfSets) },
    { header: 'Tên cá nhân, tổ chức', width: 24, cell: (r) => r.applicantName },
    { header: 'Địa chỉ, số điện thoại', width: 27, cell: (r) => r.addressAndPhone },
    { header: 'Cơ quan chủ trì giải quyết', width: 20, cell: (r) => r.leadAgencyName },
    received,
    due,
    {
      header: 'Chuyển hồ sơ đến cơ quan giải quyết',
      group: DATES,
      width: DATE_WIDTH,
      align: 'center',
      cell: (r) => optionalDate(r.transferredOn),
    },
    {
      header: 'Nhận kết quả từ cơ quan giải quyết',
      group: DATES,
      width: DATE_WIDTH,
      align: 'center',
      cell: (r) => optionalDate(r.resultReceivedOn),
    },
    returned,
    { header: 'Ký nhận', width: 12, align: 'center', cell: (r) => r.signature ?? '' },
    { header: 'Ghi chú', width: 11.5, cell: (r) => r.note ?? '' },
  ],
  // Thanh Hóa's 11 columns; widths INFERRED: 8 | 30 | 46 | 27 | 34 | 25 | 17.5 × 3 | 20 | 19.5 = 262 mm.
  'practice-11': [
    tt,
    { ...code, width: 30 },
    { header: 'Tên TTHC', width: 46, cell: (r) => r.procedureName },
    { header: 'Tên cá nhân, tổ chức', width: 27, cell: (r) => r.applicantName },
    { header: 'Địa chỉ, số điện thoại', width: 34, cell: (r) => r.addressAndPhone },
    { header: 'Cơ quan chủ trì giải quyết', width: 25, cell: (r) => r.leadAgencyName },
    received,
    due,
    returned,
    {
      header: 'Phương thức nhận kết quả',
      group: DATES,
      width: 20,
      align: 'center',
      cell: (r) => (r.deliveryMethod ? formatDeliveryMethodShort(r.deliveryMethod) : ''),
    },
    { header: 'Ký nhận', width: 19.5, align: 'center', cell: (r) => r.signature ?? '' },
  ],
};

/** Header rows: grouped titles (with rowSpan for ungrouped columns), sub-titles, and the (1)…(n) number row. */
function headerRows(columns: Column[], fontSize: number): Content[][] {
  const top: Content[] = [];
  const sub: Content[] = [];
  const style = { fontSize };
  columns.forEach((c, i) => {
    if (!c.group) {
      top.push(headCell(c.header, { ...style, rowSpan: 2 }));
      sub.push('');
      return;
    }
    const firstOfGroup = i === 0 || columns[i - 1]!.group !== c.group;
    if (firstOfGroup) {
      let span = 1;
      while (columns[i + span]?.group === c.group) span += 1;
      top.push(headCell(c.group, { ...style, colSpan: span }));
    } else {
      top.push('');
    }
    sub.push(headCell(c.header, style));
  });
  const numbers: Content[] = columns.map((_, i) => ({
    text: `(${i + 1})`,
    italics: true,
    alignment: 'center',
    fontSize,
  }));
  return [top, sub, numbers];
}

function registerDefinition(view: RegisterView): TDocumentDefinitions {
  const profile = A4_LANDSCAPE_PROFILE;
  const columns = COLUMN_SETS[view.columnSet ?? (view.ruleSet === '2025' ? 'practice-11' : 'official-14')];
  const fontSize = profile.type.table;
  const subtitle = [
    view.book ? `Quyển số: ${view.book}` : '',
    view.period ? `Từ ngày ${formatDate(view.period.from)} đến ngày ${formatDate(view.period.to)}` : '',
  ]
    .filter(Boolean)
    .join('     ');
  const rows: Content[][] = view.rows.map((row, i) =>
    columns.map((c) => ({ text: c.cell(row, i), alignment: c.align ?? 'left', noWrap: c.group === DATES })),
  );
  const content: Content[] = [
    headerBlock(profile, { issuer: view.issuer, issuedOn: view.issuedOn }),
    titleBlock(profile, { title: REGISTER_TITLE }),
  ];
  if (subtitle) {
    content.push({
      text: subtitle,
      italics: true,
      alignment: 'center',
      fontSize: profile.type.subtitle - 1,
      margin: [0, -2, 0, 6],
    });
  }
  content.push({
    table: {
      headerRows: 3,
      // A register line is one dossier: never split it across pages.
      dontBreakRows: true,
      widths: gridWidths(columns.map((c) => c.width)),
      body: [...headerRows(columns, fontSize), ...rows],
    },
    layout: gridLayout,
    fontSize,
  });
  return documentDefinition(profile, content, {
    title: 'Sổ theo dõi hồ sơ',
    subject: subtitle || undefined,
    author: oneLine(view.issuer.issuerName),
    formLabel: formLabelText(formNumber('register', view.ruleSet)),
    pageNumbers: true,
  });
}

export async function renderRegisterPdf(input: RegisterView): Promise<Buffer> {
  const view = toNfc(input);
  return renderPdf(() => registerDefinition(view));
}
