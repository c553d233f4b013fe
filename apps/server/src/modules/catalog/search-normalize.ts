/**
 * Pure helpers for searching the procedure catalog the way people type: without diacritics ("giay phep xay dung"),
 * with the abbreviations every Vietnamese counter uses ("GPXD", "sổ đỏ"), and with national codes ("1.001193").
 * The same normalisation is applied to the indexed text and to the query, so both meet in one form.
 */

/**
 * Lowercase, strip Vietnamese diacritics (đ → d), join letters around "&" (KH&ĐT → khdt), turn every other
 * punctuation into a space and collapse spaces. Dots between digits stay, so procedure codes survive.
 * A query of punctuation only becomes ''.
 */
export function normalizeQuery(q: string): string {
  return (
    q
      .normalize('NFD')
      // Combining marks: the five tones plus the breve, circumflex and horn (ă â ê ô ơ ư).
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase()
      .replace(/([a-z])\s*&\s*(?=[a-z])/g, '$1')
      .replace(/[^a-z0-9.]+/g, ' ')
      .replace(/(?<!\d)\.|\.(?!\d)/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/**
 * Abbreviations and colloquial names used at the counters, with the phrase(s) they stand for.
 * Written with diacritics for people to read; matched after `normalizeQuery`, so "QSDĐ" and "qsdd" are one entry.
 * A phrase with several meanings lists them all; each becomes its own alternative query.
 */
export const ABBREVIATIONS: readonly { abbr: string; full: readonly string[] }[] = [
  // Documents and results
  { abbr: 'GPXD', full: ['giấy phép xây dựng'] },
  { abbr: 'GCN', full: ['giấy chứng nhận'] },
  { abbr: 'GXN', full: ['giấy xác nhận'] },
  { abbr: 'GPKD', full: ['giấy phép kinh doanh'] },
  { abbr: 'GPLX', full: ['giấy phép lái xe'] },
  { abbr: 'GPLĐ', full: ['giấy phép lao động'] },
  { abbr: 'LLTP', full: ['lý lịch tư pháp'] },
  { abbr: 'CCCD', full: ['căn cước công dân'] },
  { abbr: 'CMND', full: ['chứng minh nhân dân'] },
  { abbr: 'CCHN', full: ['chứng chỉ hành nghề'] },
  { abbr: 'GKSK', full: ['giấy khám sức khỏe'] },
  { abbr: 'XNTTHN', full: ['xác nhận tình trạng hôn nhân'] },
  { abbr: 'sổ đỏ', full: ['giấy chứng nhận quyền sử dụng đất'] },
  { abbr: 'sổ hồng', full: ['giấy chứng nhận quyền sử dụng đất', 'quyền sở hữu nhà ở'] },
  // Land and construction
  { abbr: 'QSDĐ', full: ['quyền sử dụng đất'] },
  { abbr: 'QSH', full: ['quyền sở hữu'] },
  { abbr: 'TSGLVĐ', full: ['tài sản gắn liền với đất'] },
  { abbr: 'VPĐKĐĐ', full: ['văn phòng đăng ký đất đai'] },
  { abbr: 'PCCC', full: ['phòng cháy chữa cháy'] },
  // Businesses
  { abbr: 'DN', full: ['doanh nghiệp'] },
  { abbr: 'DNTN', full: ['doanh nghiệp tư nhân'] },
  { abbr: 'HKD', full: ['hộ kinh doanh'] },
  { abbr: 'HTX', full: ['hợp tác xã'] },
  { abbr: 'TNHH', full: ['trách nhiệm hữu hạn'] },
  { abbr: 'CTCP', full: ['công ty cổ phần'] },
  { abbr: 'ĐKKD', full: ['đăng ký kinh doanh'] },
  { abbr: 'ĐKDN', full: ['đăng ký doanh nghiệp'] },
  { abbr: 'ĐKĐT', full: ['đăng ký đầu tư'] },
  { abbr: 'VPĐD', full: ['văn phòng đại diện'] },
  { abbr: 'MST', full: ['mã số thuế'] },
  { abbr: 'ANTT', full: ['an ninh trật tự'] },
  { abbr: 'ATTP', full: ['an toàn thực phẩm'] },
  // Social insurance and tax
  { abbr: 'BHXH', full: ['bảo hiểm xã hội'] },
  { abbr: 'BHYT', full: ['bảo hiểm y tế'] },
  { abbr: 'BHTN', full: ['bảo hiểm thất nghiệp'] },
  { abbr: 'TCTN', full: ['trợ cấp thất nghiệp'] },
  { abbr: 'TNCN', full: ['thu nhập cá nhân'] },
  { abbr: 'TNDN', full: ['thu nhập doanh nghiệp'] },
  { abbr: 'LPTB', full: ['lệ phí trước bạ'] },
  // Bodies
  { abbr: 'UBND', full: ['ủy ban nhân dân'] },
  { abbr: 'HĐND', full: ['hội đồng nhân dân'] },
  { abbr: 'TTHC', full: ['thủ tục hành chính'] },
  { abbr: 'KCN', full: ['khu công nghiệp'] },
  { abbr: 'KH&ĐT', full: ['kế hoạch và đầu tư'] },
  { abbr: 'TN&MT', full: ['tài nguyên và môi trường'] },
  { abbr: 'GTVT', full: ['giao thông vận tải'] },
  { abbr: 'LĐ-TB&XH', full: ['lao động thương binh và xã hội'] },
  { abbr: 'VHTT&DL', full: ['văn hóa thể thao và du lịch'] },
  { abbr: 'GD&ĐT', full: ['giáo dục và đào tạo'] },
  { abbr: 'KH&CN', full: ['khoa học và công nghệ'] },
  { abbr: 'TT&TT', full: ['thông tin và truyền thông'] },
  { abbr: 'NN&PTNT', full: ['nông nghiệp và phát triển nông thôn'] },
];

interface CompiledAbbreviation {
  pattern: RegExp;
  full: string[];
}

// Longest first, so that "dntn" is expanded as itself and not left to "dn".
const COMPILED: CompiledAbbreviation[] = ABBREVIATIONS.map((a) => ({
  key: normalizeQuery(a.abbr),
  full: [...new Set(a.full.map(normalizeQuery))],
}))
  .sort((a, b) => b.key.length - a.key.length)
  .map(({ key, full }) => ({ pattern: new RegExp(`(^| )${key.replace(/\./g, '\\.')}(?= |$)`, 'g'), full }));

/** Cap on alternatives, so a query made of many ambiguous abbreviations stays cheap to search. */
const MAX_ALTERNATIVES = 8;

/**
 * The query strings to search for `q`: its normalised form first, then the forms with every abbreviation
 * expanded (one per combination of meanings). Without abbreviations the list has the normalised query only;
 * an empty query gives [].
 */
export function expandAbbreviations(q: string): string[] {
  const normalized = normalizeQuery(q);
  if (!normalized) return [];
  let variants = [normalized];
  for (const { pattern, full } of COMPILED) {
    if (!variants.some((v) => v.match(pattern))) continue;
    const next: string[] = [];
    for (const v of variants) {
      if (!v.match(pattern)) next.push(v);
      else for (const phrase of full) next.push(v.replace(pattern, `$1${phrase}`));
    }
    variants = next.slice(0, MAX_ALTERNATIVES);
  }
  return [...new Set([normalized, ...variants])];
}

/**
 * Does `text` (a procedure name, code, field…) match the query? True when every word of one alternative of the
 * query occurs in the normalised text as a word prefix ("gia han" matches "gia hạn giấy phép"); an empty query
 * matches everything, as an empty search box lists the whole catalog.
 */
export function matchesQuery(text: string, q: string): boolean {
  const alternatives = expandAbbreviations(q);
  if (alternatives.length === 0) return true;
  const words = normalizeQuery(text).split(' ');
  return alternatives.some((alt) => alt.split(' ').every((term) => words.some((w) => w.startsWith(term))));
}
