import { describe, expect, it } from 'vitest';
import {
  A4_LANDSCAPE_PROFILE,
  A4_PROFILE,
  A5_PROFILE,
  boldTextWidth,
  GRID_PAD_X,
  gridWidths,
  inlines,
  mm,
  wrapBoldLines,
} from './pdf-layout';

describe('profiles', () => {
  it('have header columns and text widths that add up (forms.md §2.2, §1.4, §2.8)', () => {
    for (const profile of [A5_PROFILE, A4_PROFILE, A4_LANDSCAPE_PROFILE]) {
      const [left, right] = profile.headerColumns;
      expect(left + right).toBeCloseTo(profile.textWidth, 5);
      const page = profile.pageSize === 'A5' ? [148, 210] : [210, 297];
      const width = profile.orientation === 'portrait' ? page[0]! : page[1]!;
      expect(profile.margins.left + profile.textWidth + profile.margins.right).toBeCloseTo(width, 5);
    }
  });
});

describe('bold text width (rules under body names and summaries)', () => {
  it('matches the widths fontkit measures for Tinos Bold within 1 %', () => {
    // forms.md §2.2 / §1.5 and fontkit measurements.
    expect(boldTextWidth('TRUNG TÂM PHỤC VỤ', 10)).toBeCloseTo(38.58, 0);
    expect(boldTextWidth('HÀNH CHÍNH CÔNG', 10)).toBeCloseTo(34.89, 0);
    expect(boldTextWidth('SỞ TƯ PHÁP', 10)).toBeCloseTo(21.17, 0);
    expect(boldTextWidth('Về việc dừng giải quyết hồ sơ', 14)).toBeCloseTo(61.68, 0);
    expect(boldTextWidth('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 10)).toBeCloseTo(73.1, 0);
  });

  it('wraps a name at explicit breaks, then by width', () => {
    expect(wrapBoldLines('TRUNG TÂM PHỤC VỤ\nHÀNH CHÍNH CÔNG', 13, 66)).toEqual([
      'TRUNG TÂM PHỤC VỤ',
      'HÀNH CHÍNH CÔNG',
    ]);
    expect(wrapBoldLines('TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG', 10, 42)).toEqual([
      'TRUNG TÂM PHỤC VỤ',
      'HÀNH CHÍNH CÔNG',
    ]);
    expect(wrapBoldLines('SỞ TƯ PHÁP', 10, 42)).toEqual(['SỞ TƯ PHÁP']);
  });
});

describe('inlines for justified text', () => {
  const texts = (runs: Parameters<typeof inlines>[0]) =>
    inlines(runs).map((i) => i as { text: string; noWrap?: boolean; bold?: boolean });

  it('keeps codes, dates, phone numbers and Ông/Bà in one unbreakable piece', () => {
    const out = texts(['Mã hồ sơ 000.01.01.H26-261127-0001, gọi 0220 3 852 852 hoặc Ông/Bà Lan ngày 27/11/2026.']);
    const unbreakable = out.filter((i) => i.noWrap).map((i) => i.text.trim());
    expect(unbreakable).toEqual(['000.01.01.H26-261127-0001,', '0220 3 852 852', 'Ông/Bà', '27/11/2026.']);
    expect(out.map((i) => i.text).join('')).toBe(
      'Mã hồ sơ 000.01.01.H26-261127-0001, gọi 0220 3 852 852 hoặc Ông/Bà Lan ngày 27/11/2026.',
    );
  });

  it('moves punctuation after a bold run into that run, so no gap opens before it', () => {
    const out = texts([{ text: 'Cấp Phiếu lý lịch tư pháp', bold: true }, '; mã hồ sơ']);
    expect(out[0]).toMatchObject({ text: 'Cấp Phiếu lý lịch tư pháp; ', bold: true });
    expect(out[1]).toMatchObject({ text: 'mã hồ sơ' });
  });
});

describe('grid widths', () => {
  it('turn outer widths in mm into pdfmake content widths that fill the text width', () => {
    const outer = [29, 58, 14.5, 14.5];
    const content = gridWidths(outer);
    const total = content.reduce((a, b) => a + b, 0) + outer.length * 2 * GRID_PAD_X + (outer.length + 1) * 0.5;
    expect(total).toBeCloseTo(mm(116), 5);
  });
});
