import type { AgencyKind, OfficeHoursSeason } from '@mot-cua/contracts';

/**
 * The Hải Dương center as the 2018 decision set it up and as it opened on 01/03/2019.
 * Source: shared/data/haiduong-reference.md §1–2 (tags there: S sourced, D derived, E estimated).
 * Agency identifier codes below level 1 were not found (§2.2): they are demo codes and flagged `codeIsDemo`.
 */

export interface AgencySeed {
  key: string;
  code: string;
  codeIsDemo: boolean;
  name: string;
  shortName: string;
  kind: AgencyKind;
  parentKey: string | null;
  gsoCode?: string;
  validFrom?: string;
  validTo?: string;
  /** Agencies that took over on `successionOn` (recorded in agency_successions). */
  successorKeys?: string[];
  successionOn?: string;
}

const P = 'ubnd-tinh';

export const haiDuongAgencies: AgencySeed[] = [
  // 000.00.00.H26: level 1 = H26, from the alphabetical order of provinces (D, §2.2).
  {
    key: P,
    code: '000.00.00.H26',
    codeIsDemo: false,
    name: 'Ủy ban nhân dân tỉnh Hải Dương',
    shortName: 'UBND tỉnh',
    kind: 'PEOPLES_COMMITTEE',
    parentKey: null,
  },
  {
    key: 'vp-ubnd',
    code: '000.00.01.H26',
    codeIsDemo: true,
    name: 'Văn phòng Ủy ban nhân dân tỉnh Hải Dương',
    shortName: 'VP UBND tỉnh',
    kind: 'PPC_OFFICE',
    parentKey: P,
  },
  {
    key: 'trung-tam',
    code: '000.01.01.H26',
    codeIsDemo: true,
    name: 'Trung tâm Phục vụ hành chính công tỉnh Hải Dương',
    shortName: 'Trung tâm PVHCC',
    kind: 'SERVICE_CENTER',
    parentKey: 'vp-ubnd',
    validFrom: '2019-03-01',
  },
  {
    key: 'so-noi-vu',
    code: '000.00.02.H26',
    codeIsDemo: true,
    name: 'Sở Nội vụ',
    shortName: 'Sở Nội vụ',
    kind: 'DEPARTMENT',
    parentKey: P,
  },
  {
    key: 'so-ldtbxh',
    code: '000.00.03.H26',
    codeIsDemo: true,
    name: 'Sở Lao động - Thương binh và Xã hội',
    shortName: 'Sở LĐ-TB&XH',
    kind: 'DEPARTMENT',
    parentKey: P,
  },
  {
    key: 'so-tu-phap',
    code: '000.00.04.H26',
    codeIsDemo: true,
    name: 'Sở Tư pháp',
    shortName: 'Sở Tư pháp',
    kind: 'DEPARTMENT',
    parentKey: P,
  },
  {
    key: 'so-khdt',
    code: '000.00.05.H26',
    codeIsDemo: true,
    name: 'Sở Kế hoạch và Đầu tư',
    shortName: 'Sở KH&ĐT',
    kind: 'DEPARTMENT',
    parentKey: P,
  },
  {
    key: 'so-tai-chinh',
    code: '000.00.06.H26',
    codeIsDemo: true,
    name: 'Sở Tài chính',
    shortName: 'Sở Tài chính',
    kind: 'DEPARTMENT',
    parentKey: P,
  },
  {
    key: 'so-cong-thuong',
    code: '000.00.07.H26',
    codeIsDemo: true,
    name: 'Sở Công Thương',
    shortName: 'Sở Công Thương',
    kind: 'DEPARTMENT',
    parentKey: P,
  },
  {
    key: 'so-nnptnt',
    code: '000.00.08.H26',
    codeIsDemo: true,
    name: 'Sở Nông nghiệp và Phát triển nông thôn',
    shortName: 'Sở NN&PTNT',
    kind: 'DEPARTMENT',
    parentKey: P,
  },
  {
    key: 'so-tnmt',
    code: '000.00.09.H26',
    codeIsDemo: true,
    name: 'Sở Tài nguyên và Môi trường',
    shortName: 'Sở TN&MT',
    kind: 'DEPARTMENT',
    parentKey: P,
  },
  {
    key: 'so-gtvt',
    code: '000.00.10.H26',
    codeIsDemo: true,
    name: 'Sở Giao thông vận tải',
    shortName: 'Sở GTVT',
    kind: 'DEPARTMENT',
    parentKey: P,
  },
  {
    key: 'so-xay-dung',
    code: '000.00.11.H26',
    codeIsDemo: true,
    name: 'Sở Xây dựng',
    shortName: 'Sở Xây dựng',
    kind: 'DEPARTMENT',
    parentKey: P,
  },
  {
    key: 'so-tttt',
    code: '000.00.12.H26',
    codeIsDemo: true,
    name: 'Sở Thông tin và Truyền thông',
    shortName: 'Sở TT&TT',
    kind: 'DEPARTMENT',
    parentKey: P,
  },
  {
    key: 'so-khcn',
    code: '000.00.13.H26',
    codeIsDemo: true,
    name: 'Sở Khoa học và Công nghệ',
    shortName: 'Sở KH&CN',
    kind: 'DEPARTMENT',
    parentKey: P,
  },
  {
    key: 'so-vhttdl',
    code: '000.00.14.H26',
    codeIsDemo: true,
    name: 'Sở Văn hóa, Thể thao và Du lịch',
    shortName: 'Sở VHTT&DL',
    kind: 'DEPARTMENT',
    parentKey: P,
  },
  {
    key: 'so-gddt',
    code: '000.00.15.H26',
    codeIsDemo: true,
    name: 'Sở Giáo dục và Đào tạo',
    shortName: 'Sở GD&ĐT',
    kind: 'DEPARTMENT',
    parentKey: P,
  },
  {
    key: 'so-y-te',
    code: '000.00.16.H26',
    codeIsDemo: true,
    name: 'Sở Y tế',
    shortName: 'Sở Y tế',
    kind: 'DEPARTMENT',
    parentKey: P,
  },
  {
    key: 'thanh-tra',
    code: '000.00.17.H26',
    codeIsDemo: true,
    name: 'Thanh tra tỉnh',
    shortName: 'Thanh tra tỉnh',
    kind: 'DEPARTMENT',
    parentKey: P,
  },
  // Vertical bodies at the counters: police from 05/04/2021 (S), the post for result delivery (S).
  {
    key: 'cong-an',
    code: '000.00.18.H26',
    codeIsDemo: true,
    name: 'Công an tỉnh Hải Dương',
    shortName: 'Công an tỉnh',
    kind: 'VERTICAL',
    parentKey: null,
  },
  // Tax and social insurance take part in many inter-agency procedures; their presence at the counters is E.
  {
    key: 'cuc-thue',
    code: '000.00.32.H26',
    codeIsDemo: true,
    name: 'Cục Thuế tỉnh Hải Dương',
    shortName: 'Cục Thuế tỉnh',
    kind: 'VERTICAL',
    parentKey: null,
  },
  {
    key: 'bhxh',
    code: '000.00.33.H26',
    codeIsDemo: true,
    name: 'Bảo hiểm xã hội tỉnh Hải Dương',
    shortName: 'BHXH tỉnh',
    kind: 'VERTICAL',
    parentKey: null,
  },
  {
    key: 'buu-dien',
    code: '000.00.19.H26',
    codeIsDemo: true,
    name: 'Bưu điện tỉnh Hải Dương',
    shortName: 'Bưu điện tỉnh',
    kind: 'ENTERPRISE',
    parentKey: null,
  },
  // The 12 district-level units (GSO codes, province 30), §2.3.
  {
    key: 'ubnd-tp-hai-duong',
    code: '000.00.20.H26',
    codeIsDemo: true,
    name: 'Ủy ban nhân dân thành phố Hải Dương',
    shortName: 'UBND TP Hải Dương',
    kind: 'DISTRICT',
    parentKey: P,
    gsoCode: '288',
  },
  {
    key: 'ubnd-tx-chi-linh',
    code: '000.00.21.H26',
    codeIsDemo: true,
    name: 'Ủy ban nhân dân thị xã Chí Linh',
    shortName: 'UBND TX Chí Linh',
    kind: 'DISTRICT',
    parentKey: P,
    gsoCode: '290',
    validTo: '2019-02-28',
    successorKeys: ['ubnd-tp-chi-linh'],
    successionOn: '2019-03-01',
  },
  // Chí Linh became a city on 01/03/2019 (NQ 623/NQ-UBTVQH14).
  {
    key: 'ubnd-tp-chi-linh',
    code: '000.00.21.H26',
    codeIsDemo: true,
    name: 'Ủy ban nhân dân thành phố Chí Linh',
    shortName: 'UBND TP Chí Linh',
    kind: 'DISTRICT',
    parentKey: P,
    gsoCode: '290',
    validFrom: '2019-03-01',
  },
  {
    key: 'ubnd-nam-sach',
    code: '000.00.22.H26',
    codeIsDemo: true,
    name: 'Ủy ban nhân dân huyện Nam Sách',
    shortName: 'UBND huyện Nam Sách',
    kind: 'DISTRICT',
    parentKey: P,
    gsoCode: '291',
  },
  // Kinh Môn became a town (thị xã) on 01/11/2019 (NQ 768/NQ-UBTVQH14).
  {
    key: 'ubnd-h-kinh-mon',
    code: '000.00.23.H26',
    codeIsDemo: true,
    name: 'Ủy ban nhân dân huyện Kinh Môn',
    shortName: 'UBND huyện Kinh Môn',
    kind: 'DISTRICT',
    parentKey: P,
    gsoCode: '292',
    validTo: '2019-10-31',
    successorKeys: ['ubnd-tx-kinh-mon'],
    successionOn: '2019-11-01',
  },
  {
    key: 'ubnd-tx-kinh-mon',
    code: '000.00.23.H26',
    codeIsDemo: true,
    name: 'Ủy ban nhân dân thị xã Kinh Môn',
    shortName: 'UBND TX Kinh Môn',
    kind: 'DISTRICT',
    parentKey: P,
    gsoCode: '292',
    validFrom: '2019-11-01',
  },
  {
    key: 'ubnd-kim-thanh',
    code: '000.00.24.H26',
    codeIsDemo: true,
    name: 'Ủy ban nhân dân huyện Kim Thành',
    shortName: 'UBND huyện Kim Thành',
    kind: 'DISTRICT',
    parentKey: P,
    gsoCode: '293',
  },
  {
    key: 'ubnd-thanh-ha',
    code: '000.00.25.H26',
    codeIsDemo: true,
    name: 'Ủy ban nhân dân huyện Thanh Hà',
    shortName: 'UBND huyện Thanh Hà',
    kind: 'DISTRICT',
    parentKey: P,
    gsoCode: '294',
  },
  {
    key: 'ubnd-cam-giang',
    code: '000.00.26.H26',
    codeIsDemo: true,
    name: 'Ủy ban nhân dân huyện Cẩm Giàng',
    shortName: 'UBND huyện Cẩm Giàng',
    kind: 'DISTRICT',
    parentKey: P,
    gsoCode: '295',
  },
  {
    key: 'ubnd-binh-giang',
    code: '000.00.27.H26',
    codeIsDemo: true,
    name: 'Ủy ban nhân dân huyện Bình Giang',
    shortName: 'UBND huyện Bình Giang',
    kind: 'DISTRICT',
    parentKey: P,
    gsoCode: '296',
  },
  {
    key: 'ubnd-gia-loc',
    code: '000.00.28.H26',
    codeIsDemo: true,
    name: 'Ủy ban nhân dân huyện Gia Lộc',
    shortName: 'UBND huyện Gia Lộc',
    kind: 'DISTRICT',
    parentKey: P,
    gsoCode: '297',
  },
  {
    key: 'ubnd-tu-ky',
    code: '000.00.29.H26',
    codeIsDemo: true,
    name: 'Ủy ban nhân dân huyện Tứ Kỳ',
    shortName: 'UBND huyện Tứ Kỳ',
    kind: 'DISTRICT',
    parentKey: P,
    gsoCode: '298',
  },
  {
    key: 'ubnd-ninh-giang',
    code: '000.00.30.H26',
    codeIsDemo: true,
    name: 'Ủy ban nhân dân huyện Ninh Giang',
    shortName: 'UBND huyện Ninh Giang',
    kind: 'DISTRICT',
    parentKey: P,
    gsoCode: '299',
  },
  {
    key: 'ubnd-thanh-mien',
    code: '000.00.31.H26',
    codeIsDemo: true,
    name: 'Ủy ban nhân dân huyện Thanh Miện',
    shortName: 'UBND huyện Thanh Miện',
    kind: 'DISTRICT',
    parentKey: P,
    gsoCode: '300',
  },
];

/** Hải Dương's province-wide seasonal hours (S: TB 34/TB-UBND 2014 and later yearly notices). */
export const haiDuongOfficeHours: OfficeHoursSeason[] = [
  {
    name: 'Mùa hè (01/4 – 31/10)',
    startsOn: '04-01',
    morningStart: '07:00',
    morningEnd: '11:30',
    afternoonStart: '13:30',
    afternoonEnd: '17:00',
    saturdayMorningOpen: false,
  },
  {
    name: 'Mùa đông (01/11 – 31/3)',
    startsOn: '11-01',
    morningStart: '07:30',
    morningEnd: '12:00',
    afternoonStart: '13:00',
    afternoonEnd: '16:30',
    saturdayMorningOpen: false,
  },
];

export const haiDuongCenter = {
  name: 'Trung tâm Phục vụ hành chính công tỉnh Hải Dương',
  shortName: 'Trung tâm PVHCC tỉnh Hải Dương',
  parentBody: 'Văn phòng Ủy ban nhân dân tỉnh Hải Dương',
  // The seed: ground floor of the provincial library, Tôn Đức Thắng street; "Số 1 Tôn Đức Thắng" (S*, §1.1).
  address: 'Tầng 1, Thư viện tỉnh Hải Dương, số 1 Tôn Đức Thắng, thành phố Hải Dương, tỉnh Hải Dương',
  phone: '0220 3 720 115',
  email: 'trungtamhcc@haiduong.gov.vn',
  openedOn: '2019-03-01',
  placeName: 'Hải Dương',
  // The seed (TB of the Provincial Party Standing Committee, 19/12/2018): at most 2 staff per department,
  // assignments of at most 24 months, 400,000 VND allowance per month.
  staffPerAgencyLimit: 2,
  assignmentMaxMonths: 24,
  monthlyAllowanceVnd: 400_000,
};

export const demoServiceAreas = [
  { code: 'A', name: 'Khu A – Tiếp nhận và trả kết quả các sở, ngành', floor: 'Tầng 1', sortOrder: 1 },
  { code: 'B', name: 'Khu B – Công an, Bưu điện', floor: 'Tầng 1', sortOrder: 2 },
  { code: 'C', name: 'Khu C – Hướng dẫn, tra cứu, lấy số thứ tự', floor: 'Tầng 1', sortOrder: 3 },
];

/** Demo counters (not sourced: §1.1 found no counter count): one per department, then police and post. */
export const demoCounters: { number: number; areaCode: string; agencyKey: string | null; name: string }[] = [
  ...[
    'so-tu-phap',
    'so-khdt',
    'so-xay-dung',
    'so-tnmt',
    'so-gtvt',
    'so-ldtbxh',
    'so-y-te',
    'so-vhttdl',
    'so-cong-thuong',
    'so-nnptnt',
    'so-gddt',
    'so-noi-vu',
    'so-tai-chinh',
    'so-tttt',
    'so-khcn',
    'thanh-tra',
  ].map((agencyKey, i) => ({ number: i + 1, areaCode: 'A', agencyKey, name: `Quầy ${i + 1}` })),
  { number: 17, areaCode: 'B', agencyKey: 'cong-an', name: 'Quầy 17 – Công an tỉnh' },
  { number: 18, areaCode: 'B', agencyKey: 'cong-an', name: 'Quầy 18 – Công an tỉnh' },
  { number: 19, areaCode: 'B', agencyKey: 'buu-dien', name: 'Quầy 19 – Bưu điện (nhận, gửi kết quả)' },
  { number: 20, areaCode: 'C', agencyKey: null, name: 'Quầy 20 – Hướng dẫn chung' },
];

export const DEMO_PASSWORD = 'demo1234';

/** Demo logins (demo mode only). The issue fixes the first seven usernames. */
export const demoUsers: {
  username: string;
  fullName: string;
  role: string;
  agencyKey: string;
  homeAgencyKey?: string;
}[] = [
  { username: 'admin', fullName: 'Quản trị hệ thống', role: 'ADMIN', agencyKey: 'trung-tam' },
  { username: 'lanhdao', fullName: 'Nguyễn Văn Hùng', role: 'CENTER_LEADER', agencyKey: 'trung-tam' },
  {
    username: 'tiepnhan',
    fullName: 'Trần Thị Lan',
    role: 'RECEPTION_OFFICER',
    agencyKey: 'trung-tam',
    homeAgencyKey: 'so-tu-phap',
  },
  { username: 'chuyenvien', fullName: 'Phạm Minh Đức', role: 'SPECIALIST', agencyKey: 'so-tu-phap' },
  { username: 'lanhdaoso', fullName: 'Vũ Quang Huy', role: 'AGENCY_LEADER', agencyKey: 'so-tu-phap' },
  { username: 'vanthu', fullName: 'Đỗ Thị Hồng', role: 'CLERK', agencyKey: 'so-tu-phap' },
  { username: 'chuyenvien.xd', fullName: 'Hoàng Văn Nam', role: 'SPECIALIST', agencyKey: 'so-xay-dung' },
  {
    username: 'tiepnhan.xd',
    fullName: 'Lê Thị Thu Hà',
    role: 'RECEPTION_OFFICER',
    agencyKey: 'trung-tam',
    homeAgencyKey: 'so-xay-dung',
  },
  { username: 'lanhdaoso.xd', fullName: 'Bùi Đức Thắng', role: 'AGENCY_LEADER', agencyKey: 'so-xay-dung' },
  { username: 'vanthu.xd', fullName: 'Ngô Thị Mai', role: 'CLERK', agencyKey: 'so-xay-dung' },
  { username: 'chuyenvien.ca', fullName: 'Trịnh Văn Long', role: 'SPECIALIST', agencyKey: 'cong-an' },
  { username: 'lanhdao.ca', fullName: 'Đào Minh Quân', role: 'AGENCY_LEADER', agencyKey: 'cong-an' },
  { username: 'vanthu.ca', fullName: 'Phùng Thị Yến', role: 'CLERK', agencyKey: 'cong-an' },
  { username: 'chuyenvien.thue', fullName: 'Mai Thị Hạnh', role: 'SPECIALIST', agencyKey: 'cuc-thue' },
  { username: 'chuyenvien.bhxh', fullName: 'Lương Văn Toàn', role: 'SPECIALIST', agencyKey: 'bhxh' },
  { username: 'chuyenvien.khdt', fullName: 'Tạ Thu Trang', role: 'SPECIALIST', agencyKey: 'so-khdt' },
  { username: 'lanhdao.khdt', fullName: 'Nghiêm Xuân Bách', role: 'AGENCY_LEADER', agencyKey: 'so-khdt' },
  { username: 'vanthu.khdt', fullName: 'Hà Thị Loan', role: 'CLERK', agencyKey: 'so-khdt' },
  { username: 'chuyenvien.tp', fullName: 'Đoàn Văn Khải', role: 'SPECIALIST', agencyKey: 'ubnd-tp-hai-duong' },
  { username: 'lanhdao.tp', fullName: 'Vương Đình Sơn', role: 'AGENCY_LEADER', agencyKey: 'ubnd-tp-hai-duong' },
  { username: 'vanthu.tp', fullName: 'Lưu Thị Ngân', role: 'CLERK', agencyKey: 'ubnd-tp-hai-duong' },
  { username: 'xem', fullName: 'Đinh Thị Phương', role: 'VIEWER', agencyKey: 'trung-tam' },
];
