import type { CalendarEntry, CalendarEntryKind, CalendarYear } from './calendar-year';

/**
 * The official working calendars 2019–2026 for civil servants and public employees (Monday–Friday week), and the
 * 2027 draft, copied with their sources from the research table compiled on 27/11/2026 (holidays.md/holidays.json
 * of the project's reference material; the program never reads that folder). Every date here is a local date.
 *
 * Legal frame (the same for every year, cited once):
 * - Labour Code 2012 Art 115 (to 31/12/2020): 1/1; Tết 5 days; Giỗ Tổ 10/3 lunar; 30/4; 1/5; 2/9 (1 day).
 * - Labour Code 2019 Art 112 (from 01/01/2021): the same, with Quốc khánh 2/9 plus one adjacent day chosen by the
 *   Prime Minister; Art 111(3): a holiday on the weekly rest day is taken on the next working day (nghỉ bù).
 * - Swaps (hoán đổi) and make-up Saturdays apply to civil servants only, approved by the Prime Minister through a
 *   Văn phòng Chính phủ dispatch; the notice came from Bộ LĐTBXH until 2024 and from Bộ Nội vụ from 2025.
 *
 * A year lists only exceptions inside that year; 31/12/2018 (off under the 2019 New Year swap) is in
 * `KNOWN_ENTRIES_OUTSIDE_TABLES`.
 */

const entry = (
  date: string,
  kind: CalendarEntryKind,
  reason: string,
  source: string,
  extra: Partial<CalendarEntry> = {},
): CalendarEntry => Object.freeze({ date, kind, reason, source, ...extra });
const off = (date: string, reason: string, source: string) => entry(date, 'NON_WORKING_WEEKDAY', reason, source);
const work = (date: string, reason: string, source: string) => entry(date, 'WORKING_WEEKEND', reason, source);

const year = (y: number, status: CalendarYear['status'], basis: string, entries: CalendarEntry[]): CalendarYear =>
  Object.freeze({ year: y, status, basis, entries: Object.freeze(entries) });

// --- 2019 (Labour Code 2012) ------------------------------------------------------------------------------------
const TB_3238 =
  'Thông báo 3238/TB-LĐTBXH của Bộ LĐTBXH (tienphong.vn/xa-hoi/thu-tuong-chot-nghi-tet-am-9-ngay-tet-duong-hoan-doi-ngay-1299921.tpo; baonghean.vn/cn/lich-nghi-le-tet-nam-2019-bo-ld-tb-xh-da-co-thong-bao-chinh-thuc-10181655.html)';
const Y2019 = year(2019, 'official', 'Bộ luật Lao động 2012 Điều 115; Thông báo 3238/TB-LĐTBXH', [
  off('2019-01-01', 'Tết Dương lịch (01/01)', TB_3238),
  work('2019-01-05', 'Làm bù cho ngày 31/12/2018 (hoán đổi dịp Tết Dương lịch)', TB_3238),
  ...['2019-02-04', '2019-02-05', '2019-02-06', '2019-02-07', '2019-02-08'].map((d) =>
    off(d, 'Nghỉ Tết Nguyên đán Kỷ Hợi (nghỉ từ thứ Bảy 02/02 đến Chủ nhật 10/02)', TB_3238),
  ),
  off(
    '2019-04-15',
    'Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch rơi vào Chủ nhật 14/04)',
    'Bộ luật Lao động 2012 Điều 115; infonet.vietnamnet.vn/gio-to-hung-vuong-2019-nghi-may-ngay-3480.html',
  ),
  off('2019-04-29', 'Nghỉ hoán đổi, làm bù vào thứ Bảy 04/05', TB_3238),
  off('2019-04-30', 'Ngày Chiến thắng (30/04)', TB_3238),
  off('2019-05-01', 'Ngày Quốc tế lao động (01/05)', TB_3238),
  work('2019-05-04', 'Làm bù cho ngày 29/4', TB_3238),
  off(
    '2019-09-02',
    'Quốc khánh (02/09; 1 ngày theo Bộ luật Lao động 2012)',
    'Bộ luật Lao động 2012 Điều 115; en.nhandan.vn/society/item/7755702-state-employees-to-get-three-days-off-to-celebrate-national-day.html',
  ),
]);

// --- 2020 (Labour Code 2012) ------------------------------------------------------------------------------------
const TB_2020 =
  'Thông báo số 4544 của Bộ LĐTBXH ngày 25/10/2019 (m.kienthuc.net.vn/xa-hoi/14-ngay-nghi-vao-cac-dip-le-tet-trong-nam-2020-1319755.html; e.vnexpress.net/news/news/vietnam-to-enjoy-7-day-lunar-new-year-break-3993888.html)';
const Y2020 = year(2020, 'official', 'Bộ luật Lao động 2012 Điều 115; Thông báo số 4544 của Bộ LĐTBXH (25/10/2019)', [
  off('2020-01-01', 'Tết Dương lịch (01/01)', TB_2020),
  off('2020-01-23', 'Nghỉ Tết Nguyên đán Canh Tý (29 tháng Chạp)', TB_2020),
  off('2020-01-24', 'Nghỉ Tết Nguyên đán Canh Tý (30 tháng Chạp)', TB_2020),
  off('2020-01-27', 'Nghỉ Tết Nguyên đán Canh Tý (mùng 3)', TB_2020),
  off('2020-01-28', 'Nghỉ bù Tết Nguyên đán (mùng 1 rơi vào thứ Bảy 25/01)', TB_2020),
  off('2020-01-29', 'Nghỉ bù Tết Nguyên đán (mùng 2 rơi vào Chủ nhật 26/01)', TB_2020),
  off(
    '2020-04-02',
    'Giỗ Tổ Hùng Vương (10/3 âm lịch)',
    `${TB_2020}; thoidai.com.vn/gio-to-hung-vuong-nam-2020-duoc-nghi-may-ngay-103007.html`,
  ),
  off('2020-04-30', 'Ngày Chiến thắng (30/04)', TB_2020),
  off('2020-05-01', 'Ngày Quốc tế lao động (01/05)', TB_2020),
  off('2020-09-02', 'Quốc khánh (02/09; 1 ngày theo Bộ luật Lao động 2012)', TB_2020),
]);

// --- 2021 (Labour Code 2019 in force) ---------------------------------------------------------------------------
const VPCP_9895 =
  'Công văn 9895/VPCP-KGVX (11/2020) phê duyệt lịch nghỉ (sggpnews.org.vn/culture_art/vietnams-public-holidays-in-2021-89687.html; hanoimoi.vn/lich-nghi-tet-nguyen-dan-tan-suu-va-quoc-khanh-2-9-498925.html)';
const HP_2021 =
  'Bộ luật Lao động 2019 Điều 111 khoản 3 (thanhphohaiphong.gov.vn/lich-nghi-gio-to-hung-vuong-30-4-va-1-5-nam-2021-cua-nguoi-lao-dong.html)';
const Y2021 = year(2021, 'official', 'Bộ luật Lao động 2019 Điều 111, 112; Công văn 9895/VPCP-KGVX', [
  off('2021-01-01', 'Tết Dương lịch (01/01)', VPCP_9895),
  off('2021-02-10', 'Nghỉ Tết Nguyên đán Tân Sửu (29 tháng Chạp)', VPCP_9895),
  off('2021-02-11', 'Nghỉ Tết Nguyên đán Tân Sửu (30 tháng Chạp)', VPCP_9895),
  off('2021-02-12', 'Nghỉ Tết Nguyên đán Tân Sửu (mùng 1)', VPCP_9895),
  off('2021-02-15', 'Nghỉ bù Tết Nguyên đán (mùng 2 rơi vào thứ Bảy 13/02)', VPCP_9895),
  off('2021-02-16', 'Nghỉ bù Tết Nguyên đán (mùng 3 rơi vào Chủ nhật 14/02)', VPCP_9895),
  off('2021-04-21', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', HP_2021),
  off('2021-04-30', 'Ngày Chiến thắng (30/04)', HP_2021),
  off('2021-05-03', 'Nghỉ bù Ngày Quốc tế lao động (thứ Bảy 01/05)', HP_2021),
  off('2021-09-02', 'Quốc khánh (02/09)', VPCP_9895),
  off('2021-09-03', 'Nghỉ Quốc khánh (ngày liền kề 02/09, Bộ luật Lao động 2019 Điều 112)', VPCP_9895),
]);

// --- 2022 -------------------------------------------------------------------------------------------------------
const SRC_2022_NEWYEAR =
  'Bộ luật Lao động 2019 Điều 111 khoản 3 (laodongxahoi.net/vietnamese-labourers-will-have-3-days-off-on-new-year-2022-1321851.html; sggpnews.org.vn/national/ministry-submits-tet-holiday-schedule-to-prime-minister-96166.html)';
const SRC_2022_TET =
  'Phó Thủ tướng Vũ Đức Đam phê duyệt phương án nghỉ Tết (en.baobinhthuan.com.vn/print/94428.html; sggpnews.org.vn)';
const SRC_2022_APRIL =
  'Bộ luật Lao động 2019 Điều 111 khoản 3 (sggpnews.org.vn/national/seven-days-off-in-total-for-national-holidays-in-april-97988.html; en.sggp.org.vn/calendar-of-public-holidays-in-april-may-post94148.html)';
const SRC_2022_SEPT =
  'Bộ luật Lao động 2019 Điều 112 (en.baobinhthuan.com.vn/print/94428.html; en.dangcongsan.vn/vietnam-today/workers-to-have-four-day-off-from-september-1-to-4-on-national-day-599964.html)';
const Y2022 = year(
  2022,
  'official',
  'Bộ luật Lao động 2019 Điều 111, 112; phương án nghỉ Tết được Phó Thủ tướng phê duyệt',
  [
    off('2022-01-03', 'Nghỉ bù Tết Dương lịch (thứ Bảy 01/01)', SRC_2022_NEWYEAR),
    ...['2022-01-31', '2022-02-01', '2022-02-02', '2022-02-03', '2022-02-04'].map((d) =>
      off(d, 'Nghỉ Tết Nguyên đán Nhâm Dần (29 tháng Chạp đến mùng 4; nghỉ từ 29/01 đến 06/02)', SRC_2022_TET),
    ),
    off('2022-04-11', 'Nghỉ bù Giỗ Tổ Hùng Vương (Chủ nhật 10/04)', SRC_2022_APRIL),
    off('2022-05-02', 'Nghỉ bù Ngày Chiến thắng (thứ Bảy 30/04)', SRC_2022_APRIL),
    off('2022-05-03', 'Nghỉ bù Ngày Quốc tế lao động (Chủ nhật 01/05)', SRC_2022_APRIL),
    off('2022-09-01', 'Nghỉ Quốc khánh (ngày liền kề 02/09)', SRC_2022_SEPT),
    off('2022-09-02', 'Quốc khánh (02/09)', SRC_2022_SEPT),
  ],
);

// --- 2023 -------------------------------------------------------------------------------------------------------
const VPCP_8056 = 'Công văn 8056/VPCP-KGVX ngày 01/12/2022';
const SRC_2023_TET = `${VPCP_8056} (sggpnews.org.vn/national/molisa-suggests-not-to-abuse-prolong-lunar-new-year-holiday-103831.html; hanoitimes.vn/vietnam-to-have-7-day-tet-holiday-322565.html)`;
const SRC_2023_APRIL = `${VPCP_8056} (en.vietnamplus.vn/workers-to-enjoy-fiveday-reunification-day-holiday/247586.vnp)`;
const SRC_2023_SEPT = `${VPCP_8056} (tintucvietnam.vn/nghi-le-quoc-khanh-2-9-nguoi-lao-dong-se-duoc-nghi-4-ngay-lien-tiep-d288186.html)`;
const Y2023 = year(2023, 'official', 'Bộ luật Lao động 2019 Điều 111, 112; Công văn 8056/VPCP-KGVX ngày 01/12/2022', [
  off('2023-01-02', 'Nghỉ bù Tết Dương lịch (Chủ nhật 01/01)', `${VPCP_8056}; Bộ luật Lao động 2019 Điều 111 khoản 3`),
  off('2023-01-20', 'Nghỉ Tết Nguyên đán Quý Mão (29 tháng Chạp)', SRC_2023_TET),
  off('2023-01-23', 'Nghỉ Tết Nguyên đán Quý Mão (mùng 2)', SRC_2023_TET),
  off('2023-01-24', 'Nghỉ Tết Nguyên đán Quý Mão (mùng 3)', SRC_2023_TET),
  off('2023-01-25', 'Nghỉ bù Tết Nguyên đán (30 tháng Chạp rơi vào thứ Bảy 21/01)', SRC_2023_TET),
  off('2023-01-26', 'Nghỉ bù Tết Nguyên đán (mùng 1 rơi vào Chủ nhật 22/01)', SRC_2023_TET),
  off('2023-05-01', 'Ngày Quốc tế lao động (01/05)', SRC_2023_APRIL),
  off('2023-05-02', 'Nghỉ bù Giỗ Tổ Hùng Vương (thứ Bảy 29/04)', SRC_2023_APRIL),
  off('2023-05-03', 'Nghỉ bù Ngày Chiến thắng (Chủ nhật 30/04)', SRC_2023_APRIL),
  off('2023-09-01', 'Nghỉ Quốc khánh (ngày liền kề 02/09)', SRC_2023_SEPT),
  off('2023-09-04', 'Nghỉ bù Quốc khánh (thứ Bảy 02/09)', SRC_2023_SEPT),
]);

// --- 2024 -------------------------------------------------------------------------------------------------------
const SRC_2024_NEWYEAR =
  'Bộ luật Lao động 2019 Điều 112 (dbndnghean.vn/lich-nghi-tet-duong-lich-2024-duoc-nghi-3-ngay-10356.htm)';
const SRC_2024_TET =
  'Thủ tướng phê duyệt phương án nghỉ Tết 7 ngày (vietnamnews.vn/society/1636141/one-week-break-approved-for-tet-holiday-in-2024.html; sucsongtre.vn)';
const SRC_2024_SWAP =
  'Công văn 2450/VPCP-KGVX ngày 12/04/2024; Thông báo 1570/TB-BLĐTBXH (m.thuvienphapluat.vn/cong-van/Lao-dong-Tien-luong/Cong-van-2450-VPCP-KGVX-2024-de-xuat-hoan-doi-ngay-lam-viec-dip-nghi-le-ngay-30-4-606180.aspx)';
const SRC_2024_SEPT =
  'Bộ luật Lao động 2019 Điều 112 (en.sggp.org.vn/national-day-holiday-to-last-four-days-post111612.html)';
const Y2024 = year(
  2024,
  'official',
  'Bộ luật Lao động 2019 Điều 111, 112; Công văn 2450/VPCP-KGVX; Thông báo 1570/TB-BLĐTBXH',
  [
    off('2024-01-01', 'Tết Dương lịch (01/01)', SRC_2024_NEWYEAR),
    off('2024-02-08', 'Nghỉ Tết Nguyên đán Giáp Thìn (29 tháng Chạp)', SRC_2024_TET),
    off('2024-02-09', 'Nghỉ Tết Nguyên đán Giáp Thìn (30 tháng Chạp)', SRC_2024_TET),
    off('2024-02-12', 'Nghỉ Tết Nguyên đán Giáp Thìn (mùng 3)', SRC_2024_TET),
    off('2024-02-13', 'Nghỉ bù Tết Nguyên đán (mùng 1 rơi vào thứ Bảy 10/02)', SRC_2024_TET),
    off('2024-02-14', 'Nghỉ bù Tết Nguyên đán (mùng 2 rơi vào Chủ nhật 11/02)', SRC_2024_TET),
    off(
      '2024-04-18',
      'Giỗ Tổ Hùng Vương (10/3 âm lịch)',
      'Bộ luật Lao động 2019 Điều 112 (xaydungchinhsach.chinhphu.vn)',
    ),
    off('2024-04-29', 'Nghỉ hoán đổi, làm bù vào thứ Bảy 04/05', SRC_2024_SWAP),
    off('2024-04-30', 'Ngày Chiến thắng (30/04)', SRC_2024_SWAP),
    off('2024-05-01', 'Ngày Quốc tế lao động (01/05)', SRC_2024_SWAP),
    work('2024-05-04', 'Làm bù cho ngày 29/4', SRC_2024_SWAP),
    off('2024-09-02', 'Quốc khánh (02/09)', SRC_2024_SEPT),
    off('2024-09-03', 'Nghỉ Quốc khánh (ngày liền kề 02/09)', SRC_2024_SEPT),
  ],
);

// --- 2025 (notices from Bộ Nội vụ from 2025) ---------------------------------------------------------------------
const VPCP_8726 =
  'Công văn 8726/VPCP-KGVX ngày 26/11/2024 (vietnamnews.vn/society/1687874/pm-approves-proposal-for-9-day-continuous-tet-holiday-in-2025.html; en.sggp.org.vn/prime-minister-approves-9-day-tet-break-for-2025-post114084.html)';
const SRC_2025_APRIL = `${VPCP_8726}; en.baochinhphu.vn/three-days-off-in-celebration-for-hung-kings-commemoration-day-111250304153250976.htm`;
const SRC_2025_SEPT =
  'Bộ Nội vụ công bố lịch nghỉ Quốc khánh 04/08/2025 (vietnamnews.vn/society/1722634/national-day-holiday-to-last-four-days.html)';
const Y2025 = year(
  2025,
  'official',
  'Bộ luật Lao động 2019 Điều 111, 112; Công văn 8726/VPCP-KGVX; thông báo của Bộ Nội vụ (08/2025)',
  [
    off('2025-01-01', 'Tết Dương lịch (01/01)', `${VPCP_8726}; tet-amlich.com/2024/11/cac-ngay-nghi-le-2025.html`),
    ...['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'].map((d) =>
      off(d, 'Nghỉ Tết Nguyên đán Ất Tỵ (28 tháng Chạp đến mùng 3; nghỉ từ 25/01 đến 02/02)', VPCP_8726),
    ),
    off('2025-04-07', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', SRC_2025_APRIL),
    work('2025-04-26', 'Làm bù cho ngày 2/5', SRC_2025_APRIL),
    off('2025-04-30', 'Ngày Chiến thắng (30/04)', SRC_2025_APRIL),
    off('2025-05-01', 'Ngày Quốc tế lao động (01/05)', SRC_2025_APRIL),
    off('2025-05-02', 'Nghỉ hoán đổi, làm bù vào thứ Bảy 26/04', SRC_2025_APRIL),
    off('2025-09-01', 'Nghỉ Quốc khánh (ngày liền kề 02/09)', SRC_2025_SEPT),
    off('2025-09-02', 'Quốc khánh (02/09)', SRC_2025_SEPT),
  ],
);

// --- 2026 -------------------------------------------------------------------------------------------------------
const VPCP_12729 =
  'Công văn 12729/VPCP-KGVX ngày 25/12/2025 (vietnamnews.vn/society/1732658/government-approves-four-day-new-year-holiday.html)';
const VPCP_9859 =
  'Công văn 9859/VPCP-KGVX (10/2025) theo đề xuất 8764/BNV-CVL của Bộ Nội vụ (vietnamnews.vn/society/1727239/prime-minister-approves-nine-day-lunar-new-year-holiday-plan.html)';
const SRC_2026_APRIL =
  'Bộ luật Lao động 2019 Điều 111, 112 (thanhnien.vn/gio-to-hung-vuong-304-15-quoc-khanh-29-nam-2026-duoc-nghi-may-ngay-185260223083506397.htm)';
const SRC_CULTURE_DAY =
  'Nghị quyết 80-NQ/TW ngày 07/01/2026 (chủ trương là ngày nghỉ); Nghị quyết 30/NQ-CP (02/2026) giao sửa Bộ luật Lao động 2019 Điều 112 khoản 1; chưa có luật sửa đổi hay thông báo của Bộ Nội vụ';
const Y2026 = year(
  2026,
  'official',
  'Bộ luật Lao động 2019 Điều 111, 112; Công văn 12729/VPCP-KGVX; Công văn 9859/VPCP-KGVX (đề xuất 8764/BNV-CVL)',
  [
    off('2026-01-01', 'Tết Dương lịch (01/01)', VPCP_12729),
    off('2026-01-02', 'Nghỉ hoán đổi, làm bù vào thứ Bảy 10/01', VPCP_12729),
    work('2026-01-10', 'Làm bù cho ngày 2/1', VPCP_12729),
    ...['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'].map((d) =>
      off(d, 'Nghỉ Tết Nguyên đán Bính Ngọ (29 tháng Chạp đến mùng 4; nghỉ từ 14/02 đến 22/02)', VPCP_9859),
    ),
    off('2026-04-27', 'Nghỉ bù Giỗ Tổ Hùng Vương (Chủ nhật 26/04)', SRC_2026_APRIL),
    off('2026-04-30', 'Ngày Chiến thắng (30/04)', SRC_2026_APRIL),
    off('2026-05-01', 'Ngày Quốc tế lao động (01/05)', SRC_2026_APRIL),
    work('2026-08-22', 'Làm bù cho ngày 31/8', VPCP_9859),
    off('2026-08-31', 'Nghỉ hoán đổi, làm bù vào thứ Bảy 22/08', VPCP_9859),
    off('2026-09-01', 'Nghỉ Quốc khánh (ngày liền kề 02/09)', VPCP_9859),
    off('2026-09-02', 'Quốc khánh (02/09)', VPCP_9859),
    entry('2026-11-24', 'NON_WORKING_WEEKDAY', 'Ngày Văn hóa Việt Nam (24/11) — chưa có hiệu lực', SRC_CULTURE_DAY, {
      pending: true,
    }),
  ],
);

// --- 2027: no announced schedule (draft) ------------------------------------------------------------------------
// Statutory days from holidays.md (unverified as announcements) plus the Tết window and the 2/9 adjacent day as
// proposeDraftYear computes them with the default settings (a test keeps the two in step).
const DRAFT_2027 = 'Dự thảo tính theo Bộ luật Lao động 2019 Điều 112 khoản 1; chưa có thông báo năm 2027';
const DRAFT_2027_TET =
  'Dự thảo tính theo Bộ luật Lao động 2019 Điều 112 khoản 1 điểm b và khoản 3 (mùng 1 Tết Đinh Mùi là thứ Bảy 06/02/2027; Thủ tướng chưa quyết định ngày cụ thể)';
const Y2027 = year(
  2027,
  'draft',
  'Chưa có thông báo lịch nghỉ năm 2027 (tra cứu đến 27/11/2026); dự thảo theo Bộ luật Lao động 2019',
  [
    off('2027-01-01', 'Tết Dương lịch (01/01)', DRAFT_2027),
    off('2027-02-04', 'Nghỉ Tết Nguyên đán Đinh Mùi (28 tháng Chạp)', DRAFT_2027_TET),
    off('2027-02-05', 'Nghỉ Tết Nguyên đán Đinh Mùi (29 tháng Chạp)', DRAFT_2027_TET),
    off('2027-02-08', 'Nghỉ Tết Nguyên đán Đinh Mùi (mùng 3)', DRAFT_2027_TET),
    off('2027-02-09', 'Nghỉ bù Tết Nguyên đán Đinh Mùi (mùng 1, thứ Bảy 06/02)', `${DRAFT_2027_TET}; Điều 111 khoản 3`),
    off(
      '2027-02-10',
      'Nghỉ bù Tết Nguyên đán Đinh Mùi (mùng 2, Chủ nhật 07/02)',
      `${DRAFT_2027_TET}; Điều 111 khoản 3`,
    ),
    off('2027-04-16', 'Giỗ Tổ Hùng Vương (10/3 âm lịch Đinh Mùi)', DRAFT_2027),
    off('2027-04-30', 'Ngày Chiến thắng (30/04)', DRAFT_2027),
    off('2027-05-03', 'Nghỉ bù Ngày Quốc tế lao động (thứ Bảy 01/05)', `${DRAFT_2027}; Điều 111 khoản 3`),
    off('2027-09-02', 'Quốc khánh (02/09)', DRAFT_2027),
    off(
      '2027-09-03',
      'Nghỉ Quốc khánh (ngày liền kề 02/09; Thủ tướng chưa chọn 01/09 hay 03/09)',
      'Dự thảo tính theo Bộ luật Lao động 2019 Điều 112 khoản 1 điểm đ và khoản 3',
    ),
    entry(
      '2027-11-24',
      'NON_WORKING_WEEKDAY',
      'Ngày Văn hóa Việt Nam (24/11) — chỉ khi Bộ luật Lao động được sửa đổi',
      SRC_CULTURE_DAY,
      {
        pending: true,
      },
    ),
  ],
);

/** Official years 2019–2026 and the 2027 draft, in year order. */
export const OFFICIAL_CALENDAR_YEARS: readonly CalendarYear[] = Object.freeze([
  Y2019,
  Y2020,
  Y2021,
  Y2022,
  Y2023,
  Y2024,
  Y2025,
  Y2026,
  Y2027,
]);

/**
 * Facts known for years outside the tables above, merged into their draft years: the Monday before the 2019 New
 * Year was swapped with Saturday 05/01/2019 (listed in 2019).
 */
export const KNOWN_ENTRIES_OUTSIDE_TABLES: readonly CalendarEntry[] = Object.freeze([
  off('2018-12-31', 'Nghỉ hoán đổi dịp Tết Dương lịch 2019, làm bù vào thứ Bảy 05/01/2019', TB_3238),
]);
