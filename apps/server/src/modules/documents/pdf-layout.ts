import type { Content, ContentStack, ContentTable, CustomTableLayout, TDocumentDefinitions } from 'pdfmake/interfaces';
import QRCode from 'qrcode';
import type { PlainDate } from '../../platform/time';
import type { IssuerHeader, PaperProfile, SignerView } from './form-views';
import { formatPlaceDate } from './vietnamese-format';

/**
 * The shared Decree 30/2020 layout of every form: page profiles, the two-column header, title block, field lines,
 * tables and signature blocks. Pure: it returns pdfmake content; `pdf-render.io.ts` turns that into bytes.
 * Sizes are in mm in the profiles (as forms.md gives them) and converted to pt here (1 mm = 2.8346 pt).
 */

/** The embedded Times New Roman metric clone, registered by `pdf-render.io.ts`. */
export const FONT_FAMILY = 'Tinos';

export const mm = (value: number): number => (value * 72) / 25.4;

/** Font sizes (pt) and vertical spacing of one paper profile (forms.md §2.2 table, A5 and A4 columns). */
export interface TypeScale {
  parent: number;
  issuer: number;
  number: number;
  motto: number;
  tagline: number;
  placeDate: number;
  /** `V/v …` under the number in letters (Decree 30 ô 5b). */
  subject: number;
  formLabel: number;
  title: number;
  subtitle: number;
  copyLabel: number;
  body: number;
  /** Space after each field line (pt). */
  bodyAfter: number;
  /** Space after a running paragraph (pt); Decree 30 App. I asks for at least 6 pt on A4. */
  paragraphAfter: number;
  table: number;
  signatureHeading: number;
  signatureHint: number;
  signerName: number;
  recipientsLabel: number;
  recipients: number;
  note: number;
  pageNumber: number;
}

export interface PageProfile {
  pageSize: 'A5' | 'A4';
  orientation: 'portrait' | 'landscape';
  /** mm */
  margins: { top: number; bottom: number; left: number; right: number };
  /** mm */
  textWidth: number;
  /** Header table left / right column widths, mm (≈ 40 % / 60 %, Decree 30 App. III samples). */
  headerColumns: readonly [number, number];
  /** Width of each block of a two-signature row, mm. */
  signatureColumn: number;
  /** `Nơi nhận` / signer split of a letter, mm (forms.md §1.4, §2.6). */
  letterColumns: readonly [number, number];
  /** Space left for a handwritten signature, mm; letters with a seal get `sealSpace`. */
  signatureSpace: number;
  sealSpace: number;
  /** Gap between header and title, mm. */
  headerGap: number;
  /** First-line indent of running paragraphs, mm (Decree 30: 1 cm or 1.27 cm). */
  paragraphIndent: number;
  /** QR symbol side on the forms, mm (forms.md §2.9: 18–20 mm on A5). */
  qrSize: number;
  type: TypeScale;
}

/** Circular 01/2018 Art 9(2): forms 01–05 on A5. Reduced Decree 30 scale so the motto fits (forms.md §2.2). */
export const A5_PROFILE: PageProfile = {
  pageSize: 'A5',
  orientation: 'portrait',
  margins: { top: 15, bottom: 15, left: 20, right: 12 },
  textWidth: 116,
  headerColumns: [42, 74],
  signatureColumn: 58,
  letterColumns: [44, 72],
  // forms.md §2.2 says 20 mm; 17 mm still takes a handwritten signature and keeps a 3-document receipt on one page.
  signatureSpace: 17,
  sealSpace: 25,
  // forms.md §2.2 says 6 mm; 3.5 mm is part of what keeps the receipt on one A5 page.
  headerGap: 3.5,
  paragraphIndent: 7,
  qrSize: 18,
  type: {
    parent: 10,
    issuer: 10,
    number: 10.5,
    motto: 10,
    tagline: 11,
    placeDate: 10.5,
    subject: 9.5,
    formLabel: 9,
    title: 12,
    subtitle: 11,
    copyLabel: 10.5,
    // forms.md §2.2 suggests 11 pt with 3 pt after; a realistic receipt (3 documents, fee, register entry, long
    // procedure name) then runs ≈ 50 mm past one A5 page. 10 pt is the Decree 30 body (13 pt) scaled like the
    // header (13 → 10 pt), i.e. the same proportion as on A4.
    body: 10,
    bodyAfter: 2,
    paragraphAfter: 4,
    table: 9,
    signatureHeading: 11,
    signatureHint: 10,
    signerName: 11,
    recipientsLabel: 10,
    recipients: 9,
    note: 9,
    pageNumber: 10.5,
  },
};

/** Decree 30/2020 App. I on A4, with the project's margins 20/20/30/15 mm (forms.md §1.1, §1.4). */
export const A4_PROFILE: PageProfile = {
  pageSize: 'A4',
  orientation: 'portrait',
  margins: { top: 20, bottom: 20, left: 30, right: 15 },
  textWidth: 165,
  headerColumns: [66, 99],
  signatureColumn: 82.5,
  letterColumns: [62, 103],
  signatureSpace: 25,
  sealSpace: 30,
  headerGap: 10,
  paragraphIndent: 10,
  qrSize: 20,
  type: {
    parent: 13,
    issuer: 13,
    number: 13,
    motto: 13,
    tagline: 14,
    placeDate: 14,
    subject: 12,
    formLabel: 11,
    title: 14,
    subtitle: 13,
    copyLabel: 13,
    body: 13,
    // Decree 30's "≥ 6 pt between paragraphs" is `paragraphAfter`; label/value lines of a form are tighter.
    bodyAfter: 3,
    paragraphAfter: 6,
    table: 12,
    signatureHeading: 13,
    signatureHint: 12,
    signerName: 14,
    recipientsLabel: 12,
    recipients: 11,
    note: 11,
    pageNumber: 13,
  },
};

/**
 * The register (Mẫu 06): A4 landscape, margins T 20 / B 15 / L 20 / R 15 → 262 mm of text width (forms.md §2.8).
 * Header type as on A4; the 40/60 header split is kept on the wider page.
 */
export const A4_LANDSCAPE_PROFILE: PageProfile = {
  ...A4_PROFILE,
  orientation: 'landscape',
  margins: { top: 20, bottom: 15, left: 20, right: 15 },
  textWidth: 262,
  headerColumns: [105, 157],
  signatureColumn: 131,
  letterColumns: [100, 162],
  headerGap: 6,
  type: { ...A4_PROFILE.type, table: 9 },
};

export function profileFor(paper: PaperProfile): PageProfile {
  return paper === 'A4' ? A4_PROFILE : A5_PROFILE;
}

const NATIONAL_MOTTO = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const TAGLINE = 'Độc lập - Tự do - Hạnh phúc';

/** Rules are drawn lines, not text underline (forms.md §6; VKSND "Draw, not Underline"): 0.5 pt, black. */
const RULE_WIDTH = 0.5;
/** Rule sits 1.5 pt below the descender of the line above (forms.md §6). */
const RULE_GAP = 1.5;

const zeroPadding: CustomTableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: () => 0,
  paddingRight: () => 0,
  paddingTop: () => 0,
  paddingBottom: () => 0,
};

/**
 * Advance widths of Tinos Bold (units per em 2048), read from the font with fontkit. Enough to size the rules under
 * a bold body name or summary without a font engine here. Diacritics do not change the advance, except the horns of
 * Ư/ư and ơ (kerning ignored: within ≈ 1 % on the names measured).
 */
// prettier-ignore
const TINOS_BOLD_ADVANCE: Record<string, number> = {
  A: 1479, B: 1366, C: 1479, D: 1479, E: 1366, F: 1251, G: 1593, H: 1593, I: 797, J: 1024, K: 1593, L: 1366,
  M: 1933, N: 1479, O: 1593, P: 1251, Q: 1593, R: 1479, S: 1139, T: 1366, U: 1479, V: 1479, W: 2048, X: 1479,
  Y: 1479, Z: 1366, Đ: 1479, Ư: 1630, Ơ: 1593,
  a: 1024, b: 1139, c: 909, d: 1139, e: 909, f: 682, g: 1024, h: 1139, i: 569, j: 682, k: 1139, l: 569, m: 1706,
  n: 1139, o: 1024, p: 1139, q: 1139, r: 909, s: 797, t: 682, u: 1139, v: 1024, w: 1479, x: 1024, y: 1024, z: 909,
  đ: 1139, ư: 1229, ơ: 1134,
  ' ': 512, '.': 512, ',': 512, '-': 682, '&': 1706, '(': 682, ')': 682, '/': 569, ':': 682,
};
const DIGIT_ADVANCE = 1024;
const FALLBACK_ADVANCE = 1100;
const HORN = '\u031B';

/** Width in mm of `text` set in Tinos Bold at `size` pt. */
export function boldTextWidth(text: string, size: number): number {
  let units = 0;
  for (const char of text) {
    const decomposed = char.normalize('NFD');
    const base = decomposed[0]!;
    // Keep the horn (ư, ơ, Ư) and đ, which are their own letters; drop the tone and hat marks.
    const key = decomposed.includes(HORN) ? base.concat(HORN).normalize('NFC') : base;
    units += TINOS_BOLD_ADVANCE[key] ?? (/[0-9]/.test(key) ? DIGIT_ADVANCE : FALLBACK_ADVANCE);
  }
  return ((units / 2048) * size * 25.4) / 72;
}

/** The lines a bold name breaks into in a column of `width` mm: explicit `\n` first, then greedy word wrap. */
export function wrapBoldLines(text: string, size: number, width: number): string[] {
  return text.split('\n').flatMap((paragraph) => {
    const lines: string[] = [];
    let current = '';
    for (const word of paragraph.trim().split(/\s+/)) {
      const candidate = current ? `${current} ${word}` : word;
      if (current && boldTextWidth(candidate, size) > width) {
        lines.push(current);
        current = word;
      } else {
        current = candidate;
      }
    }
    return [...lines, current];
  });
}

/** A line of `width` mm, centred in its column (pdfmake aligns a canvas as a block of its own width). */
function centredRule(width: number): Content {
  return {
    canvas: [{ type: 'line', x1: 0, y1: RULE_GAP, x2: mm(width), y2: RULE_GAP, lineWidth: RULE_WIDTH }],
    alignment: 'center',
    margin: [0, 0, 0, RULE_GAP],
  };
}

/**
 * Centred text with a rule exactly as long as the text (the tagline rule, Decree 30 App. I). The text sits in an
 * auto-width one-cell table whose bottom border is the rule, so its length is the measured text width whatever
 * the font size, with no font metrics duplicated here.
 */
function textWithExactRule(text: Content): Content {
  const ruled: ContentTable = {
    table: { widths: ['auto'], body: [[text]] },
    layout: {
      ...zeroPadding,
      hLineWidth: (i, node) => (i === node.table.body.length ? RULE_WIDTH : 0),
      paddingBottom: () => RULE_GAP,
    },
  };
  return {
    columns: [
      { width: '*', text: '' },
      { width: 'auto', stack: [ruled] },
      { width: '*', text: '' },
    ],
  };
}

export interface HeaderOptions {
  issuer: IssuerHeader;
  issuedOn: PlainDate;
  /** After `Số: `; no number line when absent. */
  documentNumber?: string;
  /** `V/v …` summary of a letter, under the number (Decree 30 ô 5b). */
  subjectLine?: string;
}

/**
 * The Decree 30 header as a borderless two-column table (forms.md §0.2, §1.3):
 * - left (ô 2, ô 3): parent body, issuing body (bold), a short rule, `Số: …`;
 * - right (ô 1, ô 4): national motto, tagline, a rule as long as the tagline, place and date in italics.
 * The number and the date share the second row, so they sit on the same line whatever the block heights.
 */
export function headerBlock(profile: PageProfile, options: HeaderOptions): Content {
  const t = profile.type;
  const [leftWidth, rightWidth] = profile.headerColumns;
  const agency: ContentStack = {
    stack: [
      { text: options.issuer.parentName, fontSize: t.parent },
      { text: options.issuer.issuerName, fontSize: t.issuer, bold: true },
      // Decree 30 App. I: the rule under the body name is 1/3–1/2 of the name's line; 0.4 of the longest line.
      centredRule(
        0.4 *
          Math.max(
            ...wrapBoldLines(options.issuer.issuerName, t.issuer, leftWidth).map((l) => boldTextWidth(l, t.issuer)),
          ),
      ),
    ],
    alignment: 'center',
  };
  const motto: ContentStack = {
    stack: [
      { text: NATIONAL_MOTTO, fontSize: t.motto, bold: true, noWrap: true },
      textWithExactRule({ text: TAGLINE, fontSize: t.tagline, bold: true, noWrap: true }),
    ],
    alignment: 'center',
  };
  const rowGap = t.placeDate * 0.4;
  const numberCell: Content = options.documentNumber
    ? { text: `Số: ${options.documentNumber}`, fontSize: t.number, alignment: 'center', margin: [0, rowGap, 0, 0] }
    : { text: '' };
  const dateCell: Content = {
    text: formatPlaceDate(options.issuer.placeName, options.issuedOn),
    fontSize: t.placeDate,
    italics: true,
    alignment: 'center',
    margin: [0, rowGap, 0, 0],
  };
  const body: Content[][] = [
    [agency, motto],
    [numberCell, dateCell],
  ];
  if (options.subjectLine) {
    // Decree 30 ô 5b: V/v 6 pt below the number, centred under it.
    body.push([{ text: options.subjectLine, fontSize: t.subject, alignment: 'center', margin: [0, 6, 0, 0] }, '']);
  }
  return {
    table: { widths: [mm(leftWidth), mm(rightWidth)], body },
    layout: zeroPadding,
  };
}

/**
 * The e-signature box of electronic forms: "Chữ ký số của Tổ chức (nếu là biểu mẫu điện tử)" above the form
 * (Circular 01/2018 appendix); 60 × 15 mm top-right, TNR 10 pt (Decree 30 ô 14, forms.md §6).
 */
export function electronicSignatureBox(profile: PageProfile): Content {
  const dashed = () => ({ dash: { length: 2, space: 2 } });
  return {
    columns: [
      { width: '*', text: '' },
      {
        width: mm(60),
        table: {
          widths: ['*'],
          heights: [mm(15) - 3],
          body: [
            [
              {
                text: 'Chữ ký số của Tổ chức\n(nếu là biểu mẫu điện tử)',
                fontSize: Math.min(10, profile.type.formLabel),
                italics: true,
                alignment: 'center',
                margin: [0, 4, 0, 0],
              },
            ],
          ],
        },
        layout: { hLineWidth: () => 0.5, vLineWidth: () => 0.5, hLineStyle: dashed, vLineStyle: dashed },
      },
    ],
    margin: [0, 0, 0, 4],
  };
}

export interface TitleOptions {
  title: string;
  /** Decree 30 trích yếu (bold, with a 1/3–1/2 rule beneath), e.g. `Về việc dừng giải quyết hồ sơ`. */
  summary?: string;
  /** `Mã hồ sơ: …` (bold). */
  code?: string;
  /** `(Liên 1: Lưu)` (italic). */
  copyLabel?: string;
}

/** Form title, centred across the page (Decree 30 ô 5a), with the subtitle lines practice puts under it. */
export function titleBlock(profile: PageProfile, options: TitleOptions): Content {
  const t = profile.type;
  const stack: Content[] = [{ text: options.title, fontSize: t.title, bold: true }];
  if (options.summary) {
    stack.push({ text: options.summary, fontSize: t.title, bold: true });
    // Decree 30 App. I: rule 1/3–1/2 of the summary line beneath it.
    stack.push(centredRule(0.4 * boldTextWidth(options.summary, t.title)));
  }
  if (options.code)
    stack.push({ text: `Mã hồ sơ: ${options.code}`, fontSize: t.subtitle, bold: true, margin: [0, 1, 0, 0] });
  if (options.copyLabel) stack.push({ text: `(${options.copyLabel})`, fontSize: t.copyLabel, italics: true });
  return { stack, alignment: 'center', margin: [0, mm(profile.headerGap), 0, mm(profile.headerGap) * 0.4] };
}

/**
 * `Kính gửi: …` (Decree 30 ô 9a), centred with the addressee in bold as in S14, with an optional detail line.
 * `afterHeader`: a letter without a title needs the header-to-body gap above it.
 */
export function addressee(profile: PageProfile, name: string, detail?: string, afterHeader = false): Content {
  const stack: Content[] = [
    { text: [{ text: 'Kính gửi: ' }, { text: name, bold: true }], fontSize: profile.type.body + 0.5 },
  ];
  if (detail) stack.push({ text: detail, fontSize: profile.type.body - 0.5, italics: true });
  return {
    stack,
    alignment: 'center',
    margin: [0, afterHeader ? mm(profile.headerGap) : 0, 0, profile.type.paragraphAfter + 2],
  };
}

/** A multi-line name (`TRUNG TÂM PHỤC VỤ\nHÀNH CHÍNH CÔNG`) on one line, for metadata and running text. */
export function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

/** A run of text: plain string or styled piece. */
export type Run = string | { text: string; bold?: boolean; italics?: boolean };

/**
 * pdfmake justifies by adding space between *every* inline of a line, and makes a new inline at each break
 * opportunity and at each style change, whitespace or not. So, to keep justified text clean:
 * - a token without spaces that holds a break opportunity (`000.01.01.H26-261127-0001`, `27/11/2026`, `Ông/Bà`) or
 *   a digit group with spaces (phone `0220 3 852 852`) becomes one `noWrap` inline (pdfmake honours it per inline);
 * - punctuation and spaces right after a styled run (`…tỉnh)` bold, then `; mã hồ sơ`) join that run, so no gap
 *   opens before the punctuation and the word space stays a single space.
 */
// Trailing spaces stay on the token, as pdfmake's own words keep theirs (so no line starts with a space).
const UNBREAKABLE = /(?:\+?\d+(?: \d+){1,4}(?=[\s,;.)]|$)|\S*[\d/-]\S*)\s*/g;
const LEADING_PUNCTUATION = /^[;,.:)!?]*\s*/;

type Piece = { text: string; bold?: boolean; italics?: boolean };

/** Runs → pdfmake inlines (see above). */
export function inlines(runs: Run[]): Content[] {
  const pieces: Piece[] = [];
  for (const run of runs) {
    const piece: Piece = typeof run === 'string' ? { text: run } : { ...run };
    const previous = pieces.at(-1);
    const punctuation = LEADING_PUNCTUATION.exec(piece.text)?.[0] ?? '';
    if (previous && punctuation && (previous.bold !== piece.bold || previous.italics !== piece.italics)) {
      previous.text += punctuation;
      piece.text = piece.text.slice(punctuation.length);
    }
    if (piece.text !== '') pieces.push(piece);
  }
  return pieces.flatMap((piece) => {
    const out: Content[] = [];
    let last = 0;
    for (const match of piece.text.matchAll(UNBREAKABLE)) {
      if (match[0] === '') continue;
      if (match.index > last) out.push({ ...piece, text: piece.text.slice(last, match.index) });
      out.push({ ...piece, text: match[0], noWrap: true });
      last = match.index + match[0].length;
    }
    if (last < piece.text.length || out.length === 0) out.push({ ...piece, text: piece.text.slice(last) });
    return out;
  });
}

/** A body line with the profile's size and spacing. */
export function line(
  profile: PageProfile,
  runs: Run[],
  extra: Partial<{ indent: number; bold: boolean }> = {},
): Content {
  return {
    text: inlines(runs),
    fontSize: profile.type.body,
    bold: extra.bold,
    margin: [extra.indent ? mm(extra.indent) : 0, 0, 0, profile.type.bodyAfter],
  };
}

/**
 * `Label: value`; an empty value becomes a dotted leader to the right margin, to be filled by hand
 * (forms.md §2.2 "dotted fill-in leaders").
 */
export function field(profile: PageProfile, label: string, value: string | undefined, bold = true): Content {
  if (value && value.trim() !== '') return line(profile, [`${label}: `, { text: value, bold }]);
  return {
    columns: [
      { width: 'auto', text: `${label}: `, fontSize: profile.type.body },
      { width: '*', stack: [dottedLeader(profile)] },
    ],
    columnGap: 2,
    margin: [0, 0, 0, profile.type.bodyAfter],
  };
}

/**
 * Two `Label: value` pairs on one line (phone and e-mail): the first takes its natural width, the second the rest,
 * so a long value wraps in place instead of forcing both onto separate lines.
 */
export function fieldPair(
  profile: PageProfile,
  left: [string, string | undefined],
  right: [string, string | undefined],
): Content {
  const filled = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';
  const cell = ([label, value]: [string, string | undefined]): Content =>
    filled(value)
      ? { text: inlines([`${label}: `, { text: value, bold: true }]), fontSize: profile.type.body }
      : {
          columns: [
            { width: 'auto', text: `${label}: `, fontSize: profile.type.body },
            { width: '*', stack: [dottedLeader(profile)] },
          ],
          columnGap: 2,
        };
  // A filled first value sizes itself; an empty one gets half the line for its leader.
  const leftWidth = filled(left[1]) ? 'auto' : '50%';
  return {
    columns: [
      { width: leftWidth, stack: [cell(left)] },
      { width: '*', stack: [cell(right)] },
    ],
    columnGap: mm(4),
    margin: [0, 0, 0, profile.type.bodyAfter],
  };
}

function dottedLeader(profile: PageProfile): Content {
  // A one-cell table whose dotted bottom border is the leader; it stretches to whatever width is left.
  return {
    table: { widths: ['*'], body: [[{ text: ' ', fontSize: profile.type.body }]] },
    layout: {
      ...zeroPadding,
      hLineWidth: (i, node) => (i === node.table.body.length ? 0.6 : 0),
      hLineStyle: () => ({ dash: { length: 0.6, space: 1.8 } }),
      paddingBottom: () => -profile.type.body * 0.15,
    },
  };
}

/** A justified running paragraph with the Decree 30 first-line indent. */
export function paragraph(profile: PageProfile, runs: Run[], indent = true): Content {
  return {
    text: inlines(runs),
    fontSize: profile.type.body,
    alignment: 'justify',
    leadingIndent: indent ? mm(profile.paragraphIndent) : 0,
    margin: [0, 0, 0, profile.type.paragraphAfter],
  };
}

export const GRID_PAD_X = mm(1.2);
export const GRID_PAD_Y = 1.5;
const GRID_LINE = 0.5;

/** Ruled grid for tables in the body: 0.5 pt black borders, ≈1.2 mm horizontal cell padding (forms.md §2.2). */
export const gridLayout: CustomTableLayout = {
  hLineWidth: () => GRID_LINE,
  vLineWidth: () => GRID_LINE,
  hLineColor: () => '#000000',
  vLineColor: () => '#000000',
  paddingLeft: () => GRID_PAD_X,
  paddingRight: () => GRID_PAD_X,
  paddingTop: () => GRID_PAD_Y,
  paddingBottom: () => GRID_PAD_Y,
};

/**
 * pdfmake widths are content widths: padding and rules come on top. Column widths given as outer widths in mm
 * (as forms.md measures them) become content widths here, so a table of columns summing to the text width fits it.
 */
export function gridWidths(outerMm: readonly number[]): number[] {
  return outerMm.map((w, i) => mm(w) - 2 * GRID_PAD_X - GRID_LINE - (i === outerMm.length - 1 ? GRID_LINE : 0));
}

/** Header cell of a body table: bold, centred both ways (pdfmake 0.3 `verticalAlignment`). */
export function headCell(text: string, extra: Record<string, unknown> = {}): Content {
  return { text, bold: true, alignment: 'center', verticalAlignment: 'middle', ...extra } as Content;
}

export interface SignatureSlot {
  heading: string;
  /** `(Ký và ghi rõ họ tên)` by default. */
  hint?: string;
  name?: string;
}

function signatureStack(profile: PageProfile, slot: SignatureSlot, space: number): ContentStack {
  const t = profile.type;
  return {
    stack: [
      { text: slot.heading, fontSize: t.signatureHeading, bold: true },
      { text: slot.hint ?? '(Ký và ghi rõ họ tên)', fontSize: t.signatureHint, italics: true },
      // The gap is the name's top margin: an empty text line would add its own line height to it.
      { text: slot.name ?? ' ', fontSize: t.signerName, bold: true, margin: [0, mm(space), 0, 0] },
    ],
    alignment: 'center',
  };
}

/** Two signers side by side (e.g. NGƯỜI NỘP HỒ SƠ | NGƯỜI TIẾP NHẬN HỒ SƠ), kept on one page. */
/**
 * An electronic form is signed digitally by the organisation (Circular 01/2018 Art 10); there is no ink to leave
 * room for, so the names follow the headings closely and the e-signature box fits on the same A5 page.
 */
const ELECTRONIC_SIGNATURE_SPACE = 3;

const spaceFor = (profile: PageProfile, electronic: boolean) =>
  electronic ? ELECTRONIC_SIGNATURE_SPACE : profile.signatureSpace;

export function signaturePair(
  profile: PageProfile,
  left: SignatureSlot,
  right: SignatureSlot,
  electronic = false,
): Content {
  const width = mm(profile.signatureColumn);
  const gap = mm(profile.textWidth) - 2 * width;
  return {
    columns: [
      { width, ...signatureStack(profile, left, spaceFor(profile, electronic)) },
      { width, ...signatureStack(profile, right, spaceFor(profile, electronic)) },
    ],
    columnGap: gap,
    unbreakable: true,
    margin: [0, profile.type.bodyAfter, 0, 0],
  };
}

/** One signer in the right half (e.g. NGƯỜI HƯỚNG DẪN on Mẫu 02). */
export function signatureRight(profile: PageProfile, slot: SignatureSlot, electronic = false): Content {
  const width = mm(profile.signatureColumn);
  return {
    columns: [
      { width: '*', text: '' },
      { width, ...signatureStack(profile, slot, spaceFor(profile, electronic)) },
    ],
    unbreakable: true,
    margin: [0, profile.type.bodyAfter * 2, 0, 0],
  };
}

/**
 * Letter footer (Decree 30 ô 7, ô 9b): `Nơi nhận:` bold italic, flush left at the height of the authority line,
 * recipients one per line `- …;` and the last `- Lưu: VT…` ending with `.`; signer block right with seal space.
 */
export function letterFooter(profile: PageProfile, recipients: string[], signer: SignerView): Content {
  const t = profile.type;
  const [leftWidth, rightWidth] = profile.letterColumns;
  const list = recipients.map((r, i) => `- ${r.replace(/[;.]$/, '')}${i === recipients.length - 1 ? '.' : ';'}`);
  const signerStack: Content[] = [];
  if (signer.authority) signerStack.push({ text: signer.authority, fontSize: t.signatureHeading, bold: true });
  signerStack.push({ text: signer.position, fontSize: t.signatureHeading, bold: true });
  signerStack.push({ text: signer.name, fontSize: t.signerName, bold: true, margin: [0, mm(profile.sealSpace), 0, 0] });
  return {
    columns: [
      {
        width: mm(leftWidth),
        stack: [
          { text: 'Nơi nhận:', fontSize: t.recipientsLabel, bold: true, italics: true },
          ...list.map((text) => ({ text, fontSize: t.recipients })),
        ],
      },
      { width: mm(rightWidth), stack: signerStack, alignment: 'center' },
    ],
    columnGap: 0,
    unbreakable: true,
    margin: [0, profile.type.bodyAfter * 2, 0, 0],
  };
}

/** Lookup QR as a PNG data URL: ECC M, no built-in quiet zone (the page's white margin around it is the zone). */
export async function qrDataUrl(payload: string): Promise<string> {
  return QRCode.toDataURL(payload, { errorCorrectionLevel: 'M', margin: 0, scale: 8 });
}

/** QR with its caption; `image` is a data URL or the name of an entry in the document's `images`. */
export function qrBlock(profile: PageProfile, image: string, caption: string): Content {
  return {
    stack: [
      { image, width: mm(profile.qrSize), height: mm(profile.qrSize), alignment: 'center' },
      { text: caption, fontSize: profile.type.note - 1, italics: true, alignment: 'center', margin: [0, 2, 0, 0] },
    ],
    margin: [0, 1, 0, 0],
  };
}

export interface DocumentMeta {
  title: string;
  subject?: string;
  author?: string;
  /** Fixed creation date, so the same view renders the same metadata. */
  createdAt?: Date;
  /** Decree 30: page numbers centred in the top margin, not on page 1. */
  pageNumbers?: boolean;
  /**
   * `Mẫu số 01`, the appendix label of the form (Circular 01/2018, forms.md §2.1). Printed top-right in the top
   * margin, where Decree 30 puts its ô 14 notes, so that it costs no line of the A5 text area.
   */
  formLabel?: string;
  /** Label on every page (each page is a separate copy, e.g. the receipt's liên) instead of page 1 only. */
  labelOnEveryPage?: boolean;
  /** Named data-URL images, embedded once however many pages use them (e.g. the QR on each copy). */
  images?: Record<string, string>;
}

export function documentDefinition(profile: PageProfile, content: Content[], meta: DocumentMeta): TDocumentDefinitions {
  const m = profile.margins;
  const t = profile.type;
  // Header area = the top margin (pdfmake lays it out over the full page width). Page number centred over the text
  // area; the form label right-aligned on the same line, both in the lower half of the margin.
  const header = (currentPage: number): Content | null => {
    const number = meta.pageNumbers && currentPage > 1 ? String(currentPage) : '';
    const label = meta.formLabel && (currentPage === 1 || meta.labelOnEveryPage) ? meta.formLabel : '';
    if (!number && !label) return null;
    return {
      columns: [
        { width: '*', text: '' },
        { width: 'auto', text: number, fontSize: t.pageNumber },
        { width: '*', text: label, fontSize: t.formLabel, bold: true, alignment: 'right' },
      ],
      margin: [mm(m.left), mm(m.top) / 2 - t.pageNumber / 2, mm(m.right), 0],
    };
  };
  return {
    pageSize: profile.pageSize,
    pageOrientation: profile.orientation,
    pageMargins: [mm(m.left), mm(m.top), mm(m.right), mm(m.bottom)],
    defaultStyle: { font: FONT_FAMILY, fontSize: t.body, color: '#000000' },
    info: {
      title: meta.title,
      subject: meta.subject,
      author: meta.author,
      creator: 'Một Cửa',
      producer: 'Một Cửa (pdfmake)',
      creationDate: meta.createdAt,
    },
    language: 'vi-VN',
    images: meta.images,
    header,
    content,
  };
}

/** `Mẫu số 01`, or undefined for a form that has no number in its rule set. */
export function formLabelText(number: string | null): string | undefined {
  return number ? `Mẫu số ${number}` : undefined;
}
