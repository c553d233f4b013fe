import type { Role } from '@mot-cua/contracts';
import type {
  ChannelOffer,
  ChecklistItem,
  Duration,
  FeeItem,
  LegalBasis,
  ProcessStep,
  Procedure,
  ProcedureCase,
  StepAgency,
} from '../procedure';

/**
 * Demo catalog of the Hải Dương center: the 52 procedures of the draft seed table in
 * shared/data/haiduong-reference.md §6 (`seedRow` 1–52), plus real procedures added so that every department
 * handles at least two (no `seedRow`).
 *
 * - Names are written out in full: the table abbreviates (GPXD = giấy phép xây dựng, GCN = giấy chứng nhận,
 *   QSDĐ = quyền sử dụng đất, DN = doanh nghiệp, HKD = hộ kinh doanh…).
 * - Agencies are those of Hải Dương 2019 – 02/2025 (keys of db/seed/haiduong-org.ts, including `cuc-thue` and
 *   `bhxh`). The seed has no communes: procedures decided by a commune's People's
 *   Committee use the district key `ubnd-tp-hai-duong` (the communes of Hải Dương city) and say so in
 *   `decidingBodyNote`; commune and district police use `cong-an`, the provincial police they belong to.
 * - Times are the 2019–2024 values (the demo center is Hải Dương 2019); later values are kept in notes.
 * - `sources` tags the values in this file (S, S*, D, D-rec, E as in the reference); `seedSrc` keeps the table's
 *   Src column verbatim. Every value tagged E is a demo value to verify before it is shown as real.
 * - Internal processes (quy trình nội bộ) are demo processes: realistic steps whose durations add up exactly to the
 *   legal time. Consultations that happen in parallel are written one after the other, because a step list is linear.
 */

// ---------------------------------------------------------------------------------------------------------------
// Builders
// ---------------------------------------------------------------------------------------------------------------

const wd = (amount: number): Duration => ({ amount, unit: 'WORKING_DAY' });
const cd = (amount: number): Duration => ({ amount, unit: 'CALENDAR_DAY' });
const wh = (amount: number): Duration => ({ amount, unit: 'WORKING_HOUR' });
const SAME_DAY: Duration = { amount: 1, unit: 'SAME_DAY' };

type StepSpec = readonly [name: string, role: Role, agency: StepAgency, duration: Duration];

const steps = (...specs: StepSpec[]): ProcessStep[] =>
  specs.map(([name, role, agency, duration], i) => ({ order: i + 1, name, role, agency, duration }));

const receive = (d: Duration, name = 'Tiếp nhận, kiểm tra hồ sơ; chuyển cơ quan giải quyết'): StepSpec => [
  name,
  'RECEPTION_OFFICER',
  'RECEIVING',
  d,
];
const appraise = (d: Duration, name = 'Thẩm định hồ sơ, dự thảo kết quả'): StepSpec => [
  name,
  'SPECIALIST',
  'DECIDING',
  d,
];
const approve = (d: Duration, name = 'Lãnh đạo cơ quan xem xét, ký duyệt'): StepSpec => [
  name,
  'AGENCY_LEADER',
  'DECIDING',
  d,
];
const issue = (d: Duration, name = 'Vào sổ, đóng dấu, chuyển kết quả về bộ phận trả kết quả'): StepSpec => [
  name,
  'CLERK',
  'DECIDING',
  d,
];
const coordinate = (d: Duration, name: string, agency: StepAgency = 'COORDINATING'): StepSpec => [
  name,
  'SPECIALIST',
  agency,
  d,
];
const at = (key: string): StepAgency => ({ key });

const fee = (name: string, amountVnd: number | null, basis: string, extra: Partial<FeeItem> = {}): FeeItem => ({
  name,
  amountVnd,
  basis,
  ...extra,
});

interface ChannelSpec {
  online?: 'ONLINE_FULL' | 'ONLINE_PARTIAL' | null;
  fees?: FeeItem[];
  onlineFees?: FeeItem[];
  /** Procedures where the applicant must appear in person (biometrics, signing before the officer) take no post. */
  postal?: boolean;
}

function offer({ online = 'ONLINE_PARTIAL', fees = [], onlineFees, postal = true }: ChannelSpec): ChannelOffer[] {
  const list: ChannelOffer[] = [{ channel: 'IN_PERSON', fees }];
  if (postal) list.push({ channel: 'POSTAL', fees });
  if (online) list.push({ channel: online, fees: onlineFees ?? fees });
  return list;
}

const doc = (
  id: string,
  name: string,
  originals: number,
  copies: number,
  extra: Partial<ChecklistItem> = {},
): ChecklistItem => ({ id, name, originals, copies, required: true, ...extra });

const OPTIONAL = { required: false } as const;

const ID_PAPERS = doc(
  'giay-to-tuy-than',
  'Giấy tờ tùy thân có ảnh (thẻ Căn cước công dân, Chứng minh nhân dân hoặc hộ chiếu)',
  1,
  0,
  { note: 'Xuất trình bản chính để đối chiếu (giá trị mẫu)' },
);
const AUTHORIZATION = doc(
  'van-ban-uy-quyen',
  'Văn bản ủy quyền (trường hợp ủy quyền thực hiện thủ tục)',
  1,
  0,
  OPTIONAL,
);

/** Agency identifier of UBND tỉnh Hải Dương (QĐ 20/2020/QĐ-TTg; haiduong-reference.md §2.2, tag D). */
const PROVINCE_ID = '000.00.00.H26';
/** The center served the public from 01/03/2019 (S). */
const CENTER_OPENED = '2019-03-01';
/** The police moved their first procedures to the center on 05/04/2021 (S). */
const POLICE_AT_CENTER = '2021-04-05';
/** Luật Cư trú 2020 and its forms (CT01) in force. */
const RESIDENCE_LAW_2020 = '2021-07-01';

const CENTER = 'trung-tam';
const VP = 'vp-ubnd';
const NOI_VU = 'so-noi-vu';
const LDTBXH = 'so-ldtbxh';
const TU_PHAP = 'so-tu-phap';
const KHDT = 'so-khdt';
const TAI_CHINH = 'so-tai-chinh';
const CONG_THUONG = 'so-cong-thuong';
const NNPTNT = 'so-nnptnt';
const TNMT = 'so-tnmt';
const GTVT = 'so-gtvt';
const XAY_DUNG = 'so-xay-dung';
const TTTT = 'so-tttt';
const KHCN = 'so-khcn';
const VHTTDL = 'so-vhttdl';
const GDDT = 'so-gddt';
const Y_TE = 'so-y-te';
const THANH_TRA = 'thanh-tra';
const CONG_AN = 'cong-an';
const TP_HAI_DUONG = 'ubnd-tp-hai-duong';
const THUE = 'cuc-thue';
const BHXH = 'bhxh';

const COMMUNE_NOTE =
  'Ủy ban nhân dân cấp xã (các phường, xã thuộc thành phố Hải Dương); dữ liệu cơ quan chưa có cấp xã';
const COMMUNE_POLICE_NOTE = 'Công an cấp xã (phường, xã, thị trấn), thuộc Công an tỉnh; dữ liệu cơ quan chưa có cấp xã';
const DEMO_CODE_NOTE =
  'Mã thủ tục là mã mẫu (dải 6.9xxxxx): chưa tra được mã trong Cơ sở dữ liệu quốc gia về thủ tục hành chính';
const HDND_FEE = 'Theo Nghị quyết của Hội đồng nhân dân tỉnh Hải Dương (Thông tư số 85/2019/TT-BTC)';

type CaseSpec = Omit<ProcedureCase, 'code'> & { code?: string };

interface Spec extends Omit<
  Procedure,
  | 'localCode'
  | 'ruleSet'
  | 'status'
  | 'effectiveFrom'
  | 'effectiveTo'
  | 'receivingAgencyKey'
  | 'coordinatingAgencyKeys'
  | 'interAgency'
  | 'receivedAtCenter'
  | 'processedWhollyAtCenter'
  | 'cases'
> {
  cases: CaseSpec[];
  receivingAgencyKey?: string;
  coordinatingAgencyKeys?: string[];
  effectiveFrom?: string;
  effectiveTo?: string | null;
  receivedAtCenter?: boolean;
  processedWhollyAtCenter?: boolean;
}

/**
 * Fills what is the same for the whole demo catalog: the 2018 rule set, published from the center's opening,
 * provincial procedures received at the center, others at the deciding body's own desk, case codes `.01`, `.02`…
 */
function procedure(spec: Spec): Procedure {
  const coordinating = spec.coordinatingAgencyKeys ?? [];
  const receiving = spec.receivingAgencyKey ?? (spec.level === 'PROVINCE' ? CENTER : spec.decidingAgencyKey);
  return {
    ...spec,
    localCode: `${spec.code}.${PROVINCE_ID}`,
    ruleSet: '2018',
    status: 'PUBLISHED',
    effectiveFrom: spec.effectiveFrom ?? CENTER_OPENED,
    effectiveTo: spec.effectiveTo ?? null,
    receivingAgencyKey: receiving,
    coordinatingAgencyKeys: coordinating,
    interAgency: coordinating.length > 0,
    receivedAtCenter: spec.receivedAtCenter ?? receiving === CENTER,
    processedWhollyAtCenter: spec.processedWhollyAtCenter ?? false,
    cases: spec.cases.map((c, i) => ({ ...c, code: c.code ?? `${spec.code}.${String(i + 1).padStart(2, '0')}` })),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Legal bases
// ---------------------------------------------------------------------------------------------------------------

const law = (code: string, name: string): LegalBasis => ({ code, name });

const LUAT_DOANH_NGHIEP = law('68/2014/QH13', 'Luật Doanh nghiệp');
const ND_DANG_KY_DN = law('78/2015/NĐ-CP', 'Nghị định về đăng ký doanh nghiệp');
const TT_DANG_KY_DN = law('20/2015/TT-BKHĐT', 'Thông tư hướng dẫn về đăng ký doanh nghiệp');
const TT_PHI_DANG_KY_DN = law('47/2019/TT-BTC', 'Thông tư quy định mức thu phí, lệ phí về đăng ký doanh nghiệp');
const TT_PHI_HDND = law(
  '85/2019/TT-BTC',
  'Thông tư hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của HĐND cấp tỉnh',
);
const LUAT_DAU_TU = law('67/2014/QH13', 'Luật Đầu tư');
const ND_DAU_TU = law(
  '118/2015/NĐ-CP',
  'Nghị định quy định chi tiết và hướng dẫn thi hành một số điều của Luật Đầu tư',
);
const LUAT_LLTP = law('28/2009/QH12', 'Luật Lý lịch tư pháp');
const ND_LLTP = law(
  '111/2010/NĐ-CP',
  'Nghị định quy định chi tiết và hướng dẫn thi hành một số điều của Luật Lý lịch tư pháp',
);
const TT_PHI_LLTP = law('244/2016/TT-BTC', 'Thông tư quy định mức thu phí cung cấp thông tin lý lịch tư pháp');
const LUAT_HO_TICH = law('60/2014/QH13', 'Luật Hộ tịch');
const ND_HO_TICH = law('123/2015/NĐ-CP', 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch');
const TT_HO_TICH = law(
  '04/2020/TT-BTP',
  'Thông tư quy định chi tiết thi hành Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP',
);
const ND_CHUNG_THUC = law(
  '23/2015/NĐ-CP',
  'Nghị định về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch',
);
const TT_PHI_CHUNG_THUC = law('226/2016/TT-BTC', 'Thông tư quy định mức thu phí chứng thực');
const LUAT_BHYT = law('25/2008/QH12', 'Luật Bảo hiểm y tế (sửa đổi, bổ sung bởi Luật số 46/2014/QH13)');
const LUAT_CU_TRU = law('68/2020/QH14', 'Luật Cư trú');
const ND_CU_TRU = law('62/2021/NĐ-CP', 'Nghị định quy định chi tiết một số điều của Luật Cư trú');
const TT_CU_TRU = law('55/2021/TT-BCA', 'Thông tư quy định chi tiết một số điều và biện pháp thi hành Luật Cư trú');
const TT_BIEU_MAU_CU_TRU = law('56/2021/TT-BCA', 'Thông tư quy định về biểu mẫu trong đăng ký, quản lý cư trú');
const TT_LE_PHI_CU_TRU = law('75/2022/TT-BTC', 'Thông tư quy định mức thu lệ phí đăng ký cư trú');
const LUAT_XAY_DUNG = law('50/2014/QH13', 'Luật Xây dựng');
const ND_XAY_DUNG = law('59/2015/NĐ-CP', 'Nghị định về quản lý dự án đầu tư xây dựng');
const TT_GPXD = law('15/2016/TT-BXD', 'Thông tư hướng dẫn về cấp giấy phép xây dựng');
const LUAT_GTDB = law('23/2008/QH12', 'Luật Giao thông đường bộ');
const TT_GPLX = law(
  '12/2017/TT-BGTVT',
  'Thông tư quy định về đào tạo, sát hạch, cấp giấy phép lái xe cơ giới đường bộ',
);
const TT_PHI_GPLX = law('188/2016/TT-BTC', 'Thông tư quy định mức thu lệ phí cấp giấy phép lái xe');
const LUAT_DAT_DAI = law('45/2013/QH13', 'Luật Đất đai');
const ND_DAT_DAI = law('43/2014/NĐ-CP', 'Nghị định quy định chi tiết thi hành một số điều của Luật Đất đai');
const ND_DAT_DAI_SUA_DOI = law(
  '01/2017/NĐ-CP',
  'Nghị định sửa đổi, bổ sung một số nghị định quy định chi tiết thi hành Luật Đất đai',
);
const TT_HO_SO_DIA_CHINH = law('24/2014/TT-BTNMT', 'Thông tư quy định về hồ sơ địa chính');
const LUAT_DUOC = law('105/2016/QH13', 'Luật Dược');
const ND_DUOC = law('54/2017/NĐ-CP', 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Dược');
const TT_PHI_DUOC = law('277/2016/TT-BTC', 'Thông tư quy định mức thu phí trong lĩnh vực dược, mỹ phẩm');
const LUAT_VIEC_LAM = law('38/2013/QH13', 'Luật Việc làm');
const BO_LUAT_LAO_DONG = law('45/2019/QH14', 'Bộ luật Lao động');

// ---------------------------------------------------------------------------------------------------------------
// Sở Kế hoạch và Đầu tư (Phòng Đăng ký kinh doanh) — rows 1–10
// ---------------------------------------------------------------------------------------------------------------

const DN_FIELD = 'Thành lập và hoạt động của doanh nghiệp';
const DN_LAWS = [LUAT_DOANH_NGHIEP, ND_DANG_KY_DN, TT_DANG_KY_DN, TT_PHI_DANG_KY_DN];
const DN_RESULT = { name: 'Giấy chứng nhận đăng ký doanh nghiệp', electronic: true };
const DN_FORM_NOTE = 'Mẫu ban hành kèm Thông tư số 20/2015/TT-BKHĐT (sửa đổi bởi Thông tư số 02/2019/TT-BKHĐT)';

const registrationFee = (amount: number) =>
  fee('Lệ phí đăng ký doanh nghiệp', amount, 'Thông tư số 47/2019/TT-BTC', {
    note: 'Miễn lệ phí khi đăng ký qua mạng điện tử (giá trị mẫu)',
  });
const publicationFee = fee('Phí công bố nội dung đăng ký doanh nghiệp', 100_000, 'Thông tư số 47/2019/TT-BTC');

/** New company: paper and postal pay the registration charge, online registration pays only the publication fee. */
const newCompanyChannels = offer({
  online: 'ONLINE_FULL',
  fees: [registrationFee(50_000), publicationFee],
  onlineFees: [fee('Lệ phí đăng ký doanh nghiệp', 0, 'Thông tư số 47/2019/TT-BTC'), publicationFee],
});

/** 3 working days; the tax code is created by the tax authority through the national business-registration system. */
const newCompanySteps = () =>
  steps(
    receive(wd(0.5)),
    appraise(wd(1), 'Phòng Đăng ký kinh doanh thẩm định hồ sơ'),
    coordinate(
      wd(0.5),
      'Cơ quan thuế tạo mã số doanh nghiệp (mã số thuế) qua Hệ thống thông tin quốc gia về đăng ký doanh nghiệp',
    ),
    approve(wd(0.5), 'Trưởng phòng Đăng ký kinh doanh ký Giấy chứng nhận đăng ký doanh nghiệp'),
    issue(wd(0.5), 'Vào sổ, chuyển Giấy chứng nhận về Trung tâm Phục vụ hành chính công'),
  );

const companyForm = (id: string, name: string) => doc(id, name, 1, 0, { formTemplate: DN_FORM_NOTE, eForm: true });
const CHARTER = doc('dieu-le', 'Điều lệ công ty', 1, 0);
const REPRESENTATIVE_ID = doc(
  'ban-sao-giay-to-phap-ly-nguoi-dai-dien',
  'Bản sao giấy tờ pháp lý của cá nhân đối với người đại diện theo pháp luật',
  0,
  1,
);

const kehoachDauTu: Procedure[] = [
  procedure({
    seedRow: 1,
    seedSrc: 'S / D-rec / D-rec+E / D-rec',
    code: '2.001610',
    name: 'Đăng ký thành lập doanh nghiệp tư nhân',
    field: DN_FIELD,
    level: 'PROVINCE',
    decidingAgencyKey: KHDT,
    decidingBodyNote: 'Phòng Đăng ký kinh doanh thuộc Sở Kế hoạch và Đầu tư',
    coordinatingAgencyKeys: [THUE],
    cases: [{ name: 'Đăng ký thành lập doanh nghiệp tư nhân', legalTime: wd(3), steps: newCompanySteps() }],
    channels: newCompanyChannels,
    checklist: [
      companyForm('giay-de-nghi', 'Giấy đề nghị đăng ký doanh nghiệp tư nhân'),
      doc(
        'ban-sao-giay-to-phap-ly-chu-dntn',
        'Bản sao giấy tờ pháp lý của cá nhân đối với chủ doanh nghiệp tư nhân',
        0,
        1,
      ),
      AUTHORIZATION,
    ],
    results: [DN_RESULT],
    legalBases: DN_LAWS,
    sources: { code: 'S', time: 'D-rec', fee: 'D-rec+E', docs: 'D-rec' },
  }),
  procedure({
    seedRow: 2,
    seedSrc: 'S / E / E / E',
    code: '2.001583',
    name: 'Đăng ký thành lập công ty trách nhiệm hữu hạn một thành viên',
    field: DN_FIELD,
    level: 'PROVINCE',
    decidingAgencyKey: KHDT,
    decidingBodyNote: 'Phòng Đăng ký kinh doanh thuộc Sở Kế hoạch và Đầu tư',
    coordinatingAgencyKeys: [THUE],
    cases: [
      {
        name: 'Đăng ký thành lập công ty trách nhiệm hữu hạn một thành viên',
        legalTime: wd(3),
        steps: newCompanySteps(),
      },
    ],
    channels: newCompanyChannels,
    checklist: [
      companyForm('giay-de-nghi', 'Giấy đề nghị đăng ký doanh nghiệp'),
      CHARTER,
      REPRESENTATIVE_ID,
      doc(
        'ban-sao-giay-to-phap-ly-chu-so-huu',
        'Bản sao giấy tờ pháp lý của chủ sở hữu công ty (cá nhân hoặc tổ chức)',
        0,
        1,
      ),
      AUTHORIZATION,
    ],
    results: [DN_RESULT],
    legalBases: DN_LAWS,
    sources: { code: 'S', time: 'E', fee: 'E', docs: 'E' },
  }),
  procedure({
    seedRow: 3,
    seedSrc: 'S / E / E / E',
    code: '2.001199',
    name: 'Đăng ký thành lập công ty trách nhiệm hữu hạn hai thành viên trở lên',
    field: DN_FIELD,
    level: 'PROVINCE',
    decidingAgencyKey: KHDT,
    decidingBodyNote: 'Phòng Đăng ký kinh doanh thuộc Sở Kế hoạch và Đầu tư',
    coordinatingAgencyKeys: [THUE],
    cases: [
      {
        name: 'Đăng ký thành lập công ty trách nhiệm hữu hạn hai thành viên trở lên',
        legalTime: wd(3),
        steps: newCompanySteps(),
      },
    ],
    channels: newCompanyChannels,
    checklist: [
      companyForm('giay-de-nghi', 'Giấy đề nghị đăng ký doanh nghiệp'),
      CHARTER,
      doc('danh-sach-thanh-vien', 'Danh sách thành viên', 1, 0, { formTemplate: DN_FORM_NOTE }),
      REPRESENTATIVE_ID,
      doc(
        'ban-sao-giay-to-phap-ly-thanh-vien',
        'Bản sao giấy tờ pháp lý của các thành viên (cá nhân hoặc tổ chức)',
        0,
        1,
      ),
      AUTHORIZATION,
    ],
    results: [DN_RESULT],
    legalBases: DN_LAWS,
    sources: { code: 'S', time: 'E', fee: 'E', docs: 'E' },
  }),
  procedure({
    seedRow: 4,
    seedSrc: 'S / E / E / E',
    code: '2.002043',
    name: 'Đăng ký thành lập công ty cổ phần',
    field: DN_FIELD,
    level: 'PROVINCE',
    decidingAgencyKey: KHDT,
    decidingBodyNote: 'Phòng Đăng ký kinh doanh thuộc Sở Kế hoạch và Đầu tư',
    coordinatingAgencyKeys: [THUE],
    cases: [{ name: 'Đăng ký thành lập công ty cổ phần', legalTime: wd(3), steps: newCompanySteps() }],
    channels: newCompanyChannels,
    checklist: [
      companyForm('giay-de-nghi', 'Giấy đề nghị đăng ký doanh nghiệp'),
      CHARTER,
      doc('danh-sach-co-dong-sang-lap', 'Danh sách cổ đông sáng lập', 1, 0, { formTemplate: DN_FORM_NOTE }),
      REPRESENTATIVE_ID,
      doc('ban-sao-giay-to-phap-ly-co-dong', 'Bản sao giấy tờ pháp lý của các cổ đông sáng lập', 0, 1),
      AUTHORIZATION,
    ],
    results: [DN_RESULT],
    legalBases: DN_LAWS,
    sources: { code: 'S', time: 'E', fee: 'E', docs: 'E' },
  }),
  procedure({
    seedRow: 5,
    seedSrc: 'S / E / E / E',
    code: '2.002041',
    name: 'Đăng ký thay đổi địa chỉ trụ sở chính, đổi tên doanh nghiệp; thông báo thay đổi ngành, nghề kinh doanh',
    field: DN_FIELD,
    level: 'PROVINCE',
    decidingAgencyKey: KHDT,
    decidingBodyNote: 'Phòng Đăng ký kinh doanh thuộc Sở Kế hoạch và Đầu tư',
    coordinatingAgencyKeys: [THUE],
    cases: [
      {
        name: 'Đăng ký thay đổi nội dung đăng ký doanh nghiệp',
        legalTime: wd(3),
        steps: steps(
          receive(wd(0.5)),
          appraise(wd(1), 'Phòng Đăng ký kinh doanh thẩm định hồ sơ'),
          coordinate(wd(0.5), 'Chuyển thông tin thay đổi sang cơ quan thuế để cập nhật đăng ký thuế'),
          approve(wd(0.5), 'Trưởng phòng Đăng ký kinh doanh ký kết quả'),
          issue(wd(0.5), 'Vào sổ, chuyển kết quả về Trung tâm Phục vụ hành chính công'),
        ),
      },
    ],
    channels: offer({
      online: 'ONLINE_FULL',
      fees: [registrationFee(50_000), publicationFee],
      onlineFees: [fee('Lệ phí đăng ký doanh nghiệp', 0, 'Thông tư số 47/2019/TT-BTC'), publicationFee],
    }),
    checklist: [
      companyForm('thong-bao-thay-doi', 'Thông báo thay đổi nội dung đăng ký doanh nghiệp'),
      doc(
        'nghi-quyet-quyet-dinh',
        'Nghị quyết, quyết định của chủ sở hữu, Hội đồng thành viên hoặc Đại hội đồng cổ đông về việc thay đổi',
        1,
        0,
      ),
      doc('bien-ban-hop', 'Bản sao biên bản họp Hội đồng thành viên hoặc Đại hội đồng cổ đông', 0, 1, OPTIONAL),
      AUTHORIZATION,
    ],
    results: [
      DN_RESULT,
      {
        name: 'Giấy xác nhận về việc thay đổi nội dung đăng ký doanh nghiệp (thông báo thay đổi ngành, nghề)',
        electronic: true,
      },
    ],
    legalBases: DN_LAWS,
    notes: ['Tên trong bảng nguồn bị cắt ("…"); tên đầy đủ cần đối chiếu Cơ sở dữ liệu quốc gia về thủ tục hành chính'],
    sources: { code: 'S', time: 'E', fee: 'E', docs: 'E' },
  }),
  procedure({
    seedRow: 6,
    seedSrc: 'S / E / E / E',
    code: '2.002029',
    name: 'Thông báo tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo',
    field: DN_FIELD,
    level: 'PROVINCE',
    decidingAgencyKey: KHDT,
    decidingBodyNote: 'Phòng Đăng ký kinh doanh thuộc Sở Kế hoạch và Đầu tư',
    coordinatingAgencyKeys: [THUE],
    cases: [
      {
        name: 'Thông báo tạm ngừng hoặc tiếp tục kinh doanh',
        legalTime: wd(3),
        steps: steps(
          receive(wd(0.5)),
          appraise(wd(1), 'Phòng Đăng ký kinh doanh kiểm tra hồ sơ'),
          coordinate(wd(0.5), 'Chuyển thông tin tạm ngừng kinh doanh sang cơ quan thuế'),
          approve(wd(0.5), 'Trưởng phòng Đăng ký kinh doanh ký giấy xác nhận'),
          issue(wd(0.5)),
        ),
      },
    ],
    channels: offer({ online: 'ONLINE_FULL' }),
    checklist: [
      companyForm('thong-bao', 'Thông báo tạm ngừng kinh doanh hoặc tiếp tục kinh doanh trước thời hạn'),
      doc(
        'nghi-quyet-quyet-dinh',
        'Nghị quyết, quyết định của chủ sở hữu, Hội đồng thành viên hoặc Hội đồng quản trị',
        1,
        0,
      ),
      AUTHORIZATION,
    ],
    results: [{ name: 'Giấy xác nhận về việc doanh nghiệp đăng ký tạm ngừng kinh doanh', electronic: true }],
    legalBases: DN_LAWS,
    sources: { code: 'S', time: 'E', fee: 'E', docs: 'E' },
  }),
  procedure({
    seedRow: 7,
    seedSrc: 'S / E / E / E',
    code: '2.002023',
    name: 'Giải thể doanh nghiệp',
    field: DN_FIELD,
    level: 'PROVINCE',
    decidingAgencyKey: KHDT,
    decidingBodyNote: 'Phòng Đăng ký kinh doanh thuộc Sở Kế hoạch và Đầu tư',
    coordinatingAgencyKeys: [THUE],
    cases: [
      {
        name: 'Đăng ký giải thể doanh nghiệp',
        legalTime: wd(5),
        steps: steps(
          receive(wd(0.5)),
          appraise(wd(1.5), 'Phòng Đăng ký kinh doanh kiểm tra hồ sơ giải thể'),
          coordinate(wd(2), 'Cơ quan thuế xác nhận hoàn thành nghĩa vụ thuế, đóng mã số thuế'),
          approve(wd(0.5), 'Trưởng phòng Đăng ký kinh doanh cập nhật tình trạng pháp lý "đã giải thể"'),
          issue(wd(0.5)),
        ),
      },
    ],
    channels: offer({}),
    checklist: [
      companyForm('thong-bao-giai-the', 'Thông báo về việc giải thể doanh nghiệp'),
      doc('bao-cao-thanh-ly', 'Báo cáo thanh lý tài sản doanh nghiệp', 1, 0),
      doc('danh-sach-chu-no', 'Danh sách chủ nợ và số nợ đã thanh toán (gồm cả nợ thuế và bảo hiểm xã hội)', 1, 0),
      AUTHORIZATION,
    ],
    results: [
      {
        name: 'Thông báo về việc giải thể doanh nghiệp; tình trạng pháp lý "đã giải thể" trong Cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp',
      },
    ],
    legalBases: DN_LAWS,
    sources: { code: 'S', time: 'E', fee: 'E', docs: 'E' },
  }),
  procedure({
    seedRow: 8,
    seedSrc: 'S / E / E / E',
    code: '2.002069',
    name: 'Đăng ký hoạt động chi nhánh, văn phòng đại diện; thông báo lập địa điểm kinh doanh',
    field: DN_FIELD,
    level: 'PROVINCE',
    decidingAgencyKey: KHDT,
    decidingBodyNote: 'Phòng Đăng ký kinh doanh thuộc Sở Kế hoạch và Đầu tư',
    cases: [
      {
        name: 'Đăng ký hoạt động chi nhánh, văn phòng đại diện hoặc thông báo lập địa điểm kinh doanh',
        legalTime: wd(3),
        steps: steps(
          receive(wd(0.5)),
          appraise(wd(1.5), 'Phòng Đăng ký kinh doanh thẩm định hồ sơ'),
          approve(wd(0.5), 'Trưởng phòng Đăng ký kinh doanh ký Giấy chứng nhận'),
          issue(wd(0.5)),
        ),
      },
    ],
    channels: offer({ online: 'ONLINE_FULL', fees: [registrationFee(50_000)] }),
    checklist: [
      companyForm('thong-bao', 'Thông báo lập chi nhánh, văn phòng đại diện, địa điểm kinh doanh'),
      doc(
        'quyet-dinh-thanh-lap',
        'Bản sao quyết định và biên bản họp về việc thành lập chi nhánh, văn phòng đại diện',
        0,
        1,
      ),
      doc(
        'giay-to-nguoi-dung-dau',
        'Bản sao giấy tờ pháp lý của cá nhân đối với người đứng đầu chi nhánh, văn phòng đại diện',
        0,
        1,
      ),
      AUTHORIZATION,
    ],
    results: [
      {
        name: 'Giấy chứng nhận đăng ký hoạt động chi nhánh, văn phòng đại diện hoặc Giấy chứng nhận đăng ký địa điểm kinh doanh',
        electronic: true,
      },
    ],
    legalBases: DN_LAWS,
    sources: { code: 'S', time: 'E', fee: 'E', docs: 'E' },
  }),
  procedure({
    seedRow: 9,
    seedSrc: 'S / E / E / E',
    code: '2.002018',
    name: 'Cấp lại Giấy chứng nhận đăng ký doanh nghiệp do bị mất, cháy, rách, nát hoặc bị tiêu hủy dưới hình thức khác',
    field: DN_FIELD,
    level: 'PROVINCE',
    decidingAgencyKey: KHDT,
    decidingBodyNote: 'Phòng Đăng ký kinh doanh thuộc Sở Kế hoạch và Đầu tư',
    cases: [
      {
        name: 'Cấp lại Giấy chứng nhận đăng ký doanh nghiệp',
        legalTime: wd(3),
        steps: steps(
          receive(wd(0.5)),
          appraise(wd(1.5), 'Tra cứu Cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp, in lại Giấy chứng nhận'),
          approve(wd(0.5), 'Trưởng phòng Đăng ký kinh doanh ký Giấy chứng nhận'),
          issue(wd(0.5)),
        ),
      },
    ],
    channels: offer({ online: 'ONLINE_FULL', fees: [registrationFee(50_000)] }),
    checklist: [
      companyForm('giay-de-nghi', 'Giấy đề nghị cấp lại Giấy chứng nhận đăng ký doanh nghiệp'),
      AUTHORIZATION,
    ],
    results: [DN_RESULT],
    legalBases: DN_LAWS,
    sources: { code: 'S', time: 'E', fee: 'E', docs: 'E' },
  }),
  procedure({
    seedRow: 10,
    seedSrc: 'S / E / E / E',
    code: '1.009664',
    name: 'Cấp Giấy chứng nhận đăng ký đầu tư',
    field: 'Đầu tư tại Việt Nam',
    level: 'PROVINCE',
    decidingAgencyKey: KHDT,
    coordinatingAgencyKeys: [XAY_DUNG, TNMT],
    cases: [
      {
        name: 'Dự án không thuộc diện quyết định chủ trương đầu tư',
        legalTime: wd(15),
        steps: steps(
          receive(wd(0.5)),
          appraise(wd(2), 'Phòng Kinh tế đối ngoại kiểm tra hồ sơ, gửi lấy ý kiến các sở'),
          coordinate(wd(3), 'Sở Xây dựng cho ý kiến về quy hoạch xây dựng', at(XAY_DUNG)),
          coordinate(wd(3), 'Sở Tài nguyên và Môi trường cho ý kiến về nhu cầu sử dụng đất', at(TNMT)),
          appraise(wd(4), 'Tổng hợp ý kiến, dự thảo Giấy chứng nhận đăng ký đầu tư'),
          approve(wd(1.5), 'Giám đốc Sở ký Giấy chứng nhận đăng ký đầu tư'),
          issue(wd(1)),
        ),
      },
    ],
    channels: offer({}),
    checklist: [
      doc('van-ban-de-nghi', 'Văn bản đề nghị thực hiện dự án đầu tư', 1, 0),
      doc('de-xuat-du-an', 'Đề xuất dự án đầu tư', 1, 0),
      doc('tu-cach-phap-ly', 'Bản sao tài liệu về tư cách pháp lý của nhà đầu tư', 0, 1),
      doc('nang-luc-tai-chinh', 'Tài liệu chứng minh năng lực tài chính của nhà đầu tư', 1, 0),
      doc('nhu-cau-su-dung-dat', 'Đề xuất nhu cầu sử dụng đất hoặc bản sao thỏa thuận thuê địa điểm', 1, 0, OPTIONAL),
    ],
    results: [{ name: 'Giấy chứng nhận đăng ký đầu tư' }],
    legalBases: [LUAT_DAU_TU, ND_DAU_TU],
    notes: [
      'Dự án trong khu công nghiệp do Ban Quản lý các khu công nghiệp tỉnh cấp; Ban chưa có trong dữ liệu cơ quan',
    ],
    sources: { code: 'S', time: 'E', fee: 'E', docs: 'E' },
  }),
];

// ---------------------------------------------------------------------------------------------------------------
// Sở Tư pháp — rows 12–13
// ---------------------------------------------------------------------------------------------------------------

const HO_TICH_FIELD = 'Hộ tịch';
const HO_TICH_LAWS = [LUAT_HO_TICH, ND_HO_TICH, TT_HO_TICH, TT_PHI_HDND];
const HO_TICH_FORM = 'Mẫu ban hành kèm Thông tư số 04/2020/TT-BTP';

const tuPhap: Procedure[] = [
  procedure({
    seedRow: 12,
    seedSrc: 'S / S / E / S*',
    code: '3.000333',
    name: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam',
    field: 'Lý lịch tư pháp',
    level: 'PROVINCE',
    decidingAgencyKey: TU_PHAP,
    coordinatingAgencyKeys: [CONG_AN],
    cases: [
      {
        name: 'Trường hợp thông thường',
        legalTime: wd(10),
        steps: steps(
          receive(wd(0.5)),
          appraise(wd(2), 'Tra cứu Cơ sở dữ liệu lý lịch tư pháp'),
          coordinate(wd(5), 'Công an tỉnh tra cứu, xác minh thông tin về án tích'),
          appraise(wd(1.5), 'Tổng hợp thông tin, lập Phiếu lý lịch tư pháp'),
          approve(wd(0.5), 'Lãnh đạo Sở ký Phiếu lý lịch tư pháp'),
          issue(wd(0.5)),
        ),
      },
      {
        name: 'Công dân đã cư trú ở nhiều nơi hoặc có thời gian cư trú ở nước ngoài, người nước ngoài, trường hợp phải xác minh',
        legalTime: wd(15),
        steps: steps(
          receive(wd(0.5)),
          appraise(wd(2), 'Tra cứu Cơ sở dữ liệu lý lịch tư pháp'),
          coordinate(wd(9), 'Công an tỉnh và các cơ quan liên quan tra cứu, xác minh thông tin về án tích'),
          appraise(wd(2.5), 'Tổng hợp thông tin, lập Phiếu lý lịch tư pháp'),
          approve(wd(0.5), 'Lãnh đạo Sở ký Phiếu lý lịch tư pháp'),
          issue(wd(0.5)),
        ),
      },
    ],
    channels: offer({
      online: 'ONLINE_FULL',
      fees: [
        fee('Phí cung cấp thông tin lý lịch tư pháp', 200_000, 'Thông tư số 244/2016/TT-BTC', { perUnit: 'lần/người' }),
        fee('Phí cung cấp thông tin lý lịch tư pháp (đối tượng được giảm)', 100_000, 'Thông tư số 244/2016/TT-BTC', {
          perUnit: 'lần/người',
          note: 'Sinh viên, học sinh, người có công với cách mạng, thân nhân liệt sĩ (giá trị mẫu)',
        }),
      ],
    }),
    checklist: [
      doc('to-khai', 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp', 1, 0, {
        formTemplate: 'Mẫu số 03/2013/TT-LLTP (Thông tư số 16/2013/TT-BTP)',
        eForm: true,
      }),
      doc('ban-sao-giay-to-tuy-than', 'Bản sao thẻ Căn cước công dân, Chứng minh nhân dân hoặc hộ chiếu', 0, 1),
      doc('giay-to-cu-tru', 'Bản sao giấy tờ chứng minh nơi thường trú hoặc tạm trú', 0, 1, {
        note: 'Không yêu cầu khi khai thác được Cơ sở dữ liệu quốc gia về dân cư (giá trị mẫu)',
      }),
      AUTHORIZATION,
    ],
    results: [{ name: 'Phiếu lý lịch tư pháp số 1 hoặc số 2', electronic: true }],
    legalBases: [LUAT_LLTP, ND_LLTP, TT_PHI_LLTP],
    notes: [
      'Thời hạn: Điều 48 Luật Lý lịch tư pháp 2009 (10 ngày; 15 ngày nếu phải xác minh)',
      'Mã 3.000333 là mã từ năm 2025 (Công an tỉnh giải quyết); chưa tìm được mã trước 2025 của Sở Tư pháp',
    ],
    sources: { code: 'S', time: 'S', fee: 'E', docs: 'S*' },
  }),
  procedure({
    seedRow: 13,
    seedSrc: 'S / D-rec / D-rec / D-rec',
    code: '2.000635',
    name: 'Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh',
    field: HO_TICH_FIELD,
    level: 'PROVINCE',
    decidingAgencyKey: TU_PHAP,
    // Demo value (E): the department's officer at the center issues copies from the register on the spot.
    processedWhollyAtCenter: true,
    cases: [
      {
        name: 'Cấp bản sao trích lục hộ tịch',
        legalTime: wd(1),
        steps: steps(
          receive(wh(1)),
          appraise(wh(4), 'Tra cứu Sổ hộ tịch, Cơ sở dữ liệu hộ tịch điện tử; in bản sao trích lục'),
          approve(wh(2), 'Lãnh đạo Sở ký bản sao trích lục'),
          issue(wh(1)),
        ),
      },
    ],
    channels: offer({
      online: 'ONLINE_FULL',
      fees: [fee('Phí cấp bản sao trích lục hộ tịch', 8_000, 'Thông tư số 281/2016/TT-BTC', { perUnit: 'bản sao' })],
    }),
    checklist: [
      doc('to-khai', 'Tờ khai cấp bản sao trích lục hộ tịch', 1, 0, { formTemplate: HO_TICH_FORM, eForm: true }),
      ID_PAPERS,
      AUTHORIZATION,
    ],
    results: [{ name: 'Bản sao trích lục hộ tịch, bản sao Giấy khai sinh', electronic: true }],
    legalBases: HO_TICH_LAWS,
    notes: ['Cũng do Ủy ban nhân dân cấp xã nơi lưu Sổ hộ tịch cấp'],
    sources: { code: 'S', time: 'D-rec', fee: 'D-rec', docs: 'D-rec' },
  }),
];

// ---------------------------------------------------------------------------------------------------------------
// Ủy ban nhân dân thành phố Hải Dương (cấp huyện) and its communes — rows 11, 14–24, 34–36, 44–45
// ---------------------------------------------------------------------------------------------------------------

const CITY_NOTE =
  'Ủy ban nhân dân thành phố Hải Dương; các huyện, thị xã, thành phố khác trong tỉnh giải quyết như nhau';

/** One working day at a commune: 8 working hours. */
const communeOneDay = (appraisal: string, approval: string) =>
  steps(
    receive(wh(1), 'Bộ phận một cửa cấp xã tiếp nhận, kiểm tra hồ sơ'),
    appraise(wh(4), appraisal),
    approve(wh(2), approval),
    issue(wh(1), 'Vào sổ, trả kết quả'),
  );

const tpHaiDuong: Procedure[] = [
  procedure({
    seedRow: 11,
    seedSrc: 'S / E / E / E',
    code: '1.001612',
    name: 'Đăng ký thành lập hộ kinh doanh',
    field: 'Thành lập và hoạt động của hộ kinh doanh',
    level: 'DISTRICT',
    decidingAgencyKey: TP_HAI_DUONG,
    decidingBodyNote: `Phòng Tài chính - Kế hoạch thuộc ${CITY_NOTE}`,
    coordinatingAgencyKeys: [THUE],
    cases: [
      {
        name: 'Đăng ký thành lập hộ kinh doanh',
        legalTime: wd(3),
        steps: steps(
          receive(wd(0.5), 'Bộ phận một cửa thành phố tiếp nhận, kiểm tra hồ sơ'),
          appraise(wd(1), 'Phòng Tài chính - Kế hoạch thẩm định hồ sơ'),
          coordinate(wd(0.5), 'Chi cục Thuế cấp mã số thuế hộ kinh doanh'),
          approve(wd(0.5), 'Trưởng phòng Tài chính - Kế hoạch ký Giấy chứng nhận đăng ký hộ kinh doanh'),
          issue(wd(0.5)),
        ),
      },
    ],
    channels: offer({
      online: 'ONLINE_FULL',
      fees: [fee('Lệ phí đăng ký hộ kinh doanh', 100_000, HDND_FEE, { note: 'Mức 100.000 đồng là giá trị mẫu' })],
    }),
    checklist: [
      doc('giay-de-nghi', 'Giấy đề nghị đăng ký hộ kinh doanh', 1, 0, { eForm: true }),
      doc(
        'giay-to-phap-ly-thanh-vien',
        'Bản sao giấy tờ pháp lý của cá nhân đối với các thành viên hộ gia đình đăng ký hộ kinh doanh',
        0,
        1,
      ),
      doc(
        'bien-ban-hop-ho',
        'Bản sao biên bản họp thành viên hộ gia đình về việc thành lập hộ kinh doanh',
        0,
        1,
        OPTIONAL,
      ),
      AUTHORIZATION,
    ],
    results: [{ name: 'Giấy chứng nhận đăng ký hộ kinh doanh' }],
    legalBases: [ND_DANG_KY_DN, TT_PHI_HDND],
    sources: { code: 'S', time: 'E', fee: 'E', docs: 'E' },
  }),
  procedure({
    seedRow: 14,
    seedSrc: 'S / E / E / E',
    code: '2.000815',
    name: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận',
    field: 'Chứng thực',
    level: 'DISTRICT',
    decidingAgencyKey: TP_HAI_DUONG,
    decidingBodyNote: `Phòng Tư pháp thuộc ${CITY_NOTE}; Ủy ban nhân dân cấp xã và tổ chức hành nghề công chứng cũng chứng thực`,
    cases: [
      {
        name: 'Chứng thực bản sao từ bản chính',
        legalTime: SAME_DAY,
        sameDayCutoff: '15:00',
        steps: steps(
          receive(wh(1), 'Tiếp nhận bản chính và bản sao'),
          appraise(wh(4), 'Đối chiếu bản sao với bản chính, ghi lời chứng'),
          approve(wh(2), 'Người có thẩm quyền ký chứng thực'),
          issue(wh(1), 'Đóng dấu, vào sổ chứng thực, trả kết quả'),
        ),
        note: 'Tiếp nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo (giá trị mẫu)',
      },
    ],
    // The original must be shown at the desk: no postal channel.
    channels: offer({
      postal: false,
      fees: [
        fee('Phí chứng thực bản sao từ bản chính', 2_000, 'Thông tư số 226/2016/TT-BTC', {
          perUnit: 'trang',
          note: 'Từ trang thứ ba trở lên thu 1.000 đồng/trang, tối đa 200.000 đồng/bản',
        }),
      ],
    }),
    checklist: [
      doc('ban-chinh', 'Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao', 1, 0),
      doc('ban-sao', 'Bản sao cần chứng thực', 0, 1, { note: 'Nếu không có, cơ quan chứng thực chụp từ bản chính' }),
    ],
    results: [{ name: 'Bản sao được chứng thực từ bản chính' }],
    legalBases: [ND_CHUNG_THUC, TT_PHI_CHUNG_THUC],
    sources: { code: 'S', time: 'E', fee: 'E', docs: 'E' },
  }),
  procedure({
    seedRow: 15,
    seedSrc: 'S / E / E / E',
    code: '2.000884',
    name: 'Chứng thực chữ ký trong các giấy tờ, văn bản (áp dụng cho cả trường hợp chứng thực điểm chỉ và trường hợp người yêu cầu chứng thực không thể ký, không thể điểm chỉ được)',
    field: 'Chứng thực',
    level: 'DISTRICT',
    decidingAgencyKey: TP_HAI_DUONG,
    decidingBodyNote: `Phòng Tư pháp thuộc ${CITY_NOTE}; Ủy ban nhân dân cấp xã và tổ chức hành nghề công chứng cũng chứng thực`,
    cases: [
      {
        name: 'Chứng thực chữ ký',
        legalTime: SAME_DAY,
        sameDayCutoff: '15:00',
        steps: steps(
          receive(wh(1), 'Tiếp nhận, kiểm tra giấy tờ'),
          appraise(wh(3), 'Kiểm tra năng lực hành vi; người yêu cầu ký trước mặt người thực hiện chứng thực'),
          approve(wh(3), 'Ghi lời chứng, ký chứng thực'),
          issue(wh(1), 'Đóng dấu, vào sổ chứng thực, trả kết quả'),
        ),
        note: 'Tiếp nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo (giá trị mẫu)',
      },
    ],
    channels: offer({
      postal: false,
      fees: [fee('Phí chứng thực chữ ký', 10_000, 'Thông tư số 226/2016/TT-BTC', { perUnit: 'trường hợp' })],
    }),
    checklist: [ID_PAPERS, doc('giay-to-can-chung-thuc', 'Giấy tờ, văn bản cần chứng thực chữ ký', 1, 0)],
    results: [{ name: 'Giấy tờ, văn bản đã được chứng thực chữ ký' }],
    legalBases: [ND_CHUNG_THUC, TT_PHI_CHUNG_THUC],
    sources: { code: 'S', time: 'E', fee: 'E', docs: 'E' },
  }),
  procedure({
    seedRow: 16,
    seedSrc: 'S / E / E / E',
    code: '2.001035',
    name: 'Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất và nhà ở',
    field: 'Chứng thực',
    level: 'COMMUNE',
    decidingAgencyKey: TP_HAI_DUONG,
    decidingBodyNote: COMMUNE_NOTE,
    cases: [
      {
        name: 'Chứng thực hợp đồng, giao dịch',
        legalTime: wd(2),
        steps: steps(
          receive(wd(0.5), 'Bộ phận một cửa cấp xã tiếp nhận, kiểm tra hồ sơ'),
          appraise(wd(0.5), 'Kiểm tra dự thảo hợp đồng, năng lực hành vi dân sự của các bên'),
          approve(wd(0.5), 'Chủ tịch hoặc Phó Chủ tịch Ủy ban nhân dân cấp xã ký chứng thực'),
          issue(wd(0.5), 'Đóng dấu, vào sổ chứng thực, trả kết quả'),
        ),
      },
    ],
    channels: offer({
      postal: false,
      fees: [fee('Phí chứng thực hợp đồng, giao dịch', 50_000, 'Thông tư số 226/2016/TT-BTC', { perUnit: 'hợp đồng' })],
    }),
    checklist: [
      doc('du-thao-hop-dong', 'Dự thảo hợp đồng, giao dịch', 1, 0),
      doc('giay-to-tuy-than-cac-ben', 'Bản sao giấy tờ tùy thân của người yêu cầu chứng thực', 0, 1),
      doc(
        'giay-to-tai-san',
        'Bản sao Giấy chứng nhận quyền sử dụng đất hoặc giấy tờ chứng minh quyền sở hữu, quyền sử dụng tài sản',
        0,
        1,
      ),
    ],
    results: [{ name: 'Hợp đồng, giao dịch đã được chứng thực' }],
    legalBases: [ND_CHUNG_THUC, TT_PHI_CHUNG_THUC],
    sources: { code: 'S', time: 'E', fee: 'E', docs: 'E' },
  }),
  procedure({
    seedRow: 17,
    seedSrc: 'S / D-rec / D-rec / D-rec',
    code: '1.001193',
    name: 'Thủ tục đăng ký khai sinh',
    field: HO_TICH_FIELD,
    level: 'COMMUNE',
    decidingAgencyKey: TP_HAI_DUONG,
    decidingBodyNote: COMMUNE_NOTE,
    cases: [
      {
        name: 'Đăng ký khai sinh',
        legalTime: wd(1),
        steps: communeOneDay(
          'Công chức tư pháp - hộ tịch kiểm tra hồ sơ, ghi Sổ đăng ký khai sinh, lấy số định danh cá nhân',
          'Chủ tịch hoặc Phó Chủ tịch Ủy ban nhân dân cấp xã ký Giấy khai sinh',
        ),
        note: 'Trả ngay trong ngày nếu tiếp nhận trước 15 giờ (giá trị mẫu)',
      },
    ],
    channels: offer({
      online: 'ONLINE_FULL',
      fees: [fee('Lệ phí đăng ký khai sinh', 0, 'Miễn lệ phí đăng ký khai sinh đúng hạn (Luật Hộ tịch, Điều 11)')],
    }),
    checklist: [
      doc('to-khai', 'Tờ khai đăng ký khai sinh', 1, 0, { formTemplate: HO_TICH_FORM, eForm: true }),
      doc(
        'giay-chung-sinh',
        'Giấy chứng sinh; nếu không có thì văn bản của người làm chứng xác nhận về việc sinh hoặc giấy cam đoan về việc sinh',
        1,
        0,
      ),
      ID_PAPERS,
      AUTHORIZATION,
    ],
    results: [
      { name: 'Giấy khai sinh (bản chính)', electronic: true },
      { name: 'Bản sao Giấy khai sinh (nếu có yêu cầu)' },
    ],
    legalBases: HO_TICH_LAWS,
    sources: { code: 'S', time: 'D-rec', fee: 'D-rec', docs: 'D-rec' },
  }),
  procedure({
    seedRow: 18,
    seedSrc: 'S / D-rec / D-rec / D-rec',
    code: '2.001023',
    name: 'Liên thông thủ tục hành chính về đăng ký khai sinh, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi',
    field: HO_TICH_FIELD,
    level: 'COMMUNE',
    decidingAgencyKey: TP_HAI_DUONG,
    decidingBodyNote: COMMUNE_NOTE,
    coordinatingAgencyKeys: [BHXH],
    cases: [
      {
        name: 'Đăng ký khai sinh và cấp thẻ bảo hiểm y tế',
        legalTime: wd(15),
        steps: steps(
          receive(wd(0.5), 'Bộ phận một cửa cấp xã tiếp nhận, kiểm tra hồ sơ'),
          appraise(wd(1), 'Công chức tư pháp - hộ tịch đăng ký khai sinh'),
          approve(wd(0.5), 'Lãnh đạo Ủy ban nhân dân cấp xã ký Giấy khai sinh'),
          coordinate(wd(12), 'Cơ quan bảo hiểm xã hội cấp thẻ bảo hiểm y tế cho trẻ em'),
          issue(wd(1), 'Nhận thẻ bảo hiểm y tế, trả kết quả'),
        ),
      },
    ],
    channels: offer({ online: 'ONLINE_FULL' }),
    checklist: [
      doc('to-khai-khai-sinh', 'Tờ khai đăng ký khai sinh', 1, 0, { formTemplate: HO_TICH_FORM, eForm: true }),
      doc('giay-chung-sinh', 'Giấy chứng sinh', 1, 0),
      doc('to-khai-bhyt', 'Tờ khai tham gia bảo hiểm y tế', 1, 0, { formTemplate: 'Mẫu TK1-TS' }),
      ID_PAPERS,
    ],
    results: [{ name: 'Giấy khai sinh' }, { name: 'Thẻ bảo hiểm y tế' }],
    legalBases: [LUAT_HO_TICH, ND_HO_TICH, LUAT_BHYT],
    sources: { code: 'S', time: 'D-rec', fee: 'D-rec', docs: 'D-rec' },
  }),
  procedure({
    seedRow: 19,
    seedSrc: 'S / D-rec / D-rec / D-rec',
    code: '2.000986',
    name: 'Liên thông thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi',
    field: HO_TICH_FIELD,
    level: 'COMMUNE',
    decidingAgencyKey: TP_HAI_DUONG,
    decidingBodyNote: COMMUNE_NOTE,
    coordinatingAgencyKeys: [CONG_AN, BHXH],
    effectiveFrom: RESIDENCE_LAW_2020,
    cases: [
      {
        name: 'Đăng ký khai sinh, đăng ký thường trú và cấp thẻ bảo hiểm y tế',
        legalTime: wd(20),
        steps: steps(
          receive(wd(0.5), 'Bộ phận một cửa cấp xã tiếp nhận, kiểm tra hồ sơ'),
          appraise(wd(1), 'Công chức tư pháp - hộ tịch đăng ký khai sinh'),
          approve(wd(0.5), 'Lãnh đạo Ủy ban nhân dân cấp xã ký Giấy khai sinh'),
          coordinate(wd(7), 'Công an cấp xã đăng ký thường trú cho trẻ em', at(CONG_AN)),
          coordinate(wd(10), 'Cơ quan bảo hiểm xã hội cấp thẻ bảo hiểm y tế cho trẻ em', at(BHXH)),
          issue(wd(1), 'Tổng hợp kết quả, trả kết quả'),
        ),
      },
    ],
    channels: offer({}),
    checklist: [
      doc('to-khai-khai-sinh', 'Tờ khai đăng ký khai sinh', 1, 0, { formTemplate: HO_TICH_FORM, eForm: true }),
      doc('giay-chung-sinh', 'Giấy chứng sinh', 1, 0),
      doc('to-khai-cu-tru', 'Tờ khai thay đổi thông tin cư trú', 1, 0, {
        formTemplate: 'Mẫu CT01 (Thông tư số 56/2021/TT-BCA)',
      }),
      doc('to-khai-bhyt', 'Tờ khai tham gia bảo hiểm y tế', 1, 0, { formTemplate: 'Mẫu TK1-TS' }),
      ID_PAPERS,
    ],
    results: [
      { name: 'Giấy khai sinh' },
      { name: 'Thông báo kết quả đăng ký thường trú' },
      { name: 'Thẻ bảo hiểm y tế' },
    ],
    legalBases: [LUAT_HO_TICH, ND_HO_TICH, LUAT_CU_TRU, LUAT_BHYT],
    sources: { code: 'S', time: 'D-rec', fee: 'D-rec', docs: 'D-rec' },
  }),
  procedure({
    seedRow: 20,
    seedSrc: 'S / D-rec / D-rec / D-rec',
    code: '1.000894',
    name: 'Thủ tục đăng ký kết hôn',
    field: HO_TICH_FIELD,
    level: 'COMMUNE',
    decidingAgencyKey: TP_HAI_DUONG,
    decidingBodyNote: COMMUNE_NOTE,
    cases: [
      {
        name: 'Trường hợp thông thường',
        legalTime: wd(1),
        steps: communeOneDay(
          'Công chức tư pháp - hộ tịch kiểm tra hồ sơ, ghi Sổ đăng ký kết hôn',
          'Chủ tịch Ủy ban nhân dân cấp xã ký Giấy chứng nhận kết hôn; hai bên ký Sổ đăng ký kết hôn',
        ),
      },
      {
        name: 'Trường hợp cần xác minh',
        legalTime: wd(5),
        steps: steps(
          receive(wd(0.5), 'Bộ phận một cửa cấp xã tiếp nhận, kiểm tra hồ sơ'),
          appraise(wd(1), 'Công chức tư pháp - hộ tịch kiểm tra hồ sơ'),
          appraise(wd(2.5), 'Xác minh điều kiện kết hôn'),
          approve(wd(0.5), 'Chủ tịch Ủy ban nhân dân cấp xã ký Giấy chứng nhận kết hôn'),
          issue(wd(0.5), 'Tổ chức trao Giấy chứng nhận kết hôn'),
        ),
      },
    ],
    channels: offer({
      online: 'ONLINE_FULL',
      fees: [fee('Lệ phí đăng ký kết hôn', 0, 'Miễn lệ phí (Luật Hộ tịch, Điều 11)')],
    }),
    checklist: [
      doc('to-khai', 'Tờ khai đăng ký kết hôn (hai bên có thể khai chung một Tờ khai)', 1, 0, {
        formTemplate: HO_TICH_FORM,
        eForm: true,
      }),
      ID_PAPERS,
      doc(
        'xac-nhan-tinh-trang-hon-nhan',
        'Giấy xác nhận tình trạng hôn nhân (trường hợp đăng ký kết hôn không phải tại nơi thường trú)',
        1,
        0,
        OPTIONAL,
      ),
    ],
    results: [{ name: 'Giấy chứng nhận kết hôn' }],
    legalBases: HO_TICH_LAWS,
    sources: { code: 'S', time: 'D-rec', fee: 'D-rec', docs: 'D-rec' },
  }),
  procedure({
    seedRow: 21,
    seedSrc: 'S / D-rec (cases) / E / E',
    code: '2.000806',
    name: 'Thủ tục đăng ký kết hôn có yếu tố nước ngoài',
    field: HO_TICH_FIELD,
    level: 'DISTRICT',
    decidingAgencyKey: TP_HAI_DUONG,
    decidingBodyNote: `Phòng Tư pháp thuộc ${CITY_NOTE}`,
    cases: [
      {
        name: 'Đăng ký kết hôn có yếu tố nước ngoài',
        legalTime: wd(10),
        steps: steps(
          receive(wd(0.5), 'Bộ phận một cửa thành phố tiếp nhận, kiểm tra hồ sơ'),
          appraise(wd(6), 'Phòng Tư pháp nghiên cứu, thẩm tra hồ sơ, xác minh (nếu cần)'),
          approve(wd(2), 'Chủ tịch Ủy ban nhân dân thành phố ký Giấy chứng nhận kết hôn'),
          issue(wd(1.5), 'Tổ chức trao Giấy chứng nhận kết hôn'),
        ),
      },
    ],
    channels: offer({ fees: [fee('Lệ phí đăng ký kết hôn có yếu tố nước ngoài', null, HDND_FEE)] }),
    checklist: [
      doc('to-khai', 'Tờ khai đăng ký kết hôn', 1, 0, { formTemplate: HO_TICH_FORM }),
      doc(
        'xac-nhan-hon-nhan-nuoc-ngoai',
        'Giấy tờ chứng minh tình trạng hôn nhân của người nước ngoài do cơ quan có thẩm quyền nước ngoài cấp (đã hợp pháp hóa lãnh sự, dịch sang tiếng Việt)',
        1,
        0,
      ),
      doc(
        'xac-nhan-y-te',
        'Giấy xác nhận của tổ chức y tế có thẩm quyền xác nhận người đó không mắc bệnh tâm thần hoặc bệnh khác mà không có khả năng nhận thức, làm chủ được hành vi của mình',
        1,
        0,
      ),
      doc('ho-chieu', 'Bản sao hộ chiếu hoặc giấy tờ có giá trị thay hộ chiếu', 0, 1),
    ],
    results: [{ name: 'Giấy chứng nhận kết hôn' }],
    legalBases: HO_TICH_LAWS,
    sources: { code: 'S', time: 'D-rec', fee: 'E', docs: 'E' },
  }),
  procedure({
    seedRow: 22,
    seedSrc: 'S / D-rec / D-rec / D-rec',
    code: '1.000656',
    name: 'Thủ tục đăng ký khai tử',
    field: HO_TICH_FIELD,
    level: 'COMMUNE',
    decidingAgencyKey: TP_HAI_DUONG,
    decidingBodyNote: COMMUNE_NOTE,
    // Liên thông (E): the commune police close the permanent residence, social insurance pays the funeral allowance.
    coordinatingAgencyKeys: [CONG_AN, BHXH],
    cases: [
      {
        name: 'Trường hợp thông thường',
        legalTime: wd(1),
        steps: steps(
          receive(wh(1), 'Bộ phận một cửa cấp xã tiếp nhận, kiểm tra hồ sơ'),
          appraise(wh(3), 'Công chức tư pháp - hộ tịch ghi Sổ đăng ký khai tử'),
          approve(wh(2), 'Chủ tịch Ủy ban nhân dân cấp xã ký Trích lục khai tử'),
          coordinate(wh(1), 'Thông báo Công an cấp xã xóa đăng ký thường trú', at(CONG_AN)),
          coordinate(wh(1), 'Thông báo cơ quan bảo hiểm xã hội giải quyết chế độ tử tuất, mai táng phí', at(BHXH)),
        ),
      },
      {
        name: 'Trường hợp cần xác minh',
        legalTime: wd(5),
        steps: steps(
          receive(wd(0.5), 'Bộ phận một cửa cấp xã tiếp nhận, kiểm tra hồ sơ'),
          appraise(wd(1), 'Công chức tư pháp - hộ tịch kiểm tra hồ sơ'),
          appraise(wd(2), 'Xác minh thông tin về người chết'),
          approve(wd(0.5), 'Chủ tịch Ủy ban nhân dân cấp xã ký Trích lục khai tử'),
          coordinate(wd(0.5), 'Thông báo Công an cấp xã xóa đăng ký thường trú', at(CONG_AN)),
          coordinate(wd(0.5), 'Thông báo cơ quan bảo hiểm xã hội giải quyết chế độ tử tuất, mai táng phí', at(BHXH)),
        ),
      },
    ],
    channels: offer({
      online: 'ONLINE_FULL',
      fees: [fee('Lệ phí đăng ký khai tử', 0, 'Miễn lệ phí đăng ký khai tử đúng hạn (Luật Hộ tịch, Điều 11)')],
    }),
    checklist: [
      doc('to-khai', 'Tờ khai đăng ký khai tử', 1, 0, { formTemplate: HO_TICH_FORM, eForm: true }),
      doc('giay-bao-tu', 'Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử do cơ quan có thẩm quyền cấp', 1, 0),
      ID_PAPERS,
      AUTHORIZATION,
    ],
    results: [{ name: 'Trích lục khai tử', electronic: true }],
    legalBases: HO_TICH_LAWS,
    sources: { code: 'S', time: 'D-rec', fee: 'D-rec', docs: 'D-rec' },
  }),
  procedure({
    seedRow: 23,
    seedSrc: 'S / D-rec / D-rec / D-rec',
    code: '1.004873',
    name: 'Thủ tục cấp Giấy xác nhận tình trạng hôn nhân',
    field: HO_TICH_FIELD,
    level: 'COMMUNE',
    decidingAgencyKey: TP_HAI_DUONG,
    decidingBodyNote: COMMUNE_NOTE,
    cases: [
      {
        name: 'Cấp Giấy xác nhận tình trạng hôn nhân',
        legalTime: wd(3),
        steps: steps(
          receive(wd(0.5), 'Bộ phận một cửa cấp xã tiếp nhận, kiểm tra hồ sơ'),
          appraise(wd(1.5), 'Công chức tư pháp - hộ tịch kiểm tra, xác minh tình trạng hôn nhân'),
          approve(wd(0.5), 'Chủ tịch Ủy ban nhân dân cấp xã ký Giấy xác nhận'),
          issue(wd(0.5), 'Vào sổ, trả kết quả'),
        ),
      },
    ],
    channels: offer({
      online: 'ONLINE_FULL',
      fees: [fee('Lệ phí cấp Giấy xác nhận tình trạng hôn nhân', 0, HDND_FEE, { note: 'Mức 0 đồng là giá trị mẫu' })],
    }),
    checklist: [
      doc('to-khai', 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân', 1, 0, {
        formTemplate: HO_TICH_FORM,
        eForm: true,
      }),
      ID_PAPERS,
      doc(
        'ban-an-ly-hon',
        'Bản án, quyết định ly hôn đã có hiệu lực pháp luật hoặc bản sao giấy chứng tử (trường hợp đã ly hôn hoặc vợ, chồng đã chết)',
        0,
        1,
        OPTIONAL,
      ),
    ],
    results: [{ name: 'Giấy xác nhận tình trạng hôn nhân', electronic: true }],
    legalBases: HO_TICH_LAWS,
    sources: { code: 'S', time: 'D-rec', fee: 'D-rec', docs: 'D-rec' },
  }),
  procedure({
    seedRow: 24,
    seedSrc: 'S / D-rec / D-rec / D-rec',
    code: '1.004884',
    name: 'Thủ tục đăng ký lại khai sinh',
    field: HO_TICH_FIELD,
    level: 'COMMUNE',
    decidingAgencyKey: TP_HAI_DUONG,
    decidingBodyNote: COMMUNE_NOTE,
    cases: [
      {
        name: 'Đăng ký lại khai sinh',
        legalTime: wd(5),
        steps: steps(
          receive(wd(0.5), 'Bộ phận một cửa cấp xã tiếp nhận, kiểm tra hồ sơ'),
          appraise(wd(3), 'Công chức tư pháp - hộ tịch kiểm tra, xác minh hồ sơ'),
          approve(wd(0.5), 'Chủ tịch Ủy ban nhân dân cấp xã ký Giấy khai sinh'),
          issue(wd(1), 'Vào sổ, trả kết quả'),
        ),
      },
    ],
    channels: offer({ fees: [fee('Lệ phí đăng ký lại khai sinh', null, HDND_FEE)] }),
    checklist: [
      doc('to-khai', 'Tờ khai đăng ký lại khai sinh', 1, 0, { formTemplate: HO_TICH_FORM }),
      doc(
        'giay-to-khai-sinh',
        'Bản sao toàn bộ hồ sơ, giấy tờ, tài liệu có thông tin liên quan đến nội dung khai sinh của người yêu cầu',
        0,
        1,
      ),
      ID_PAPERS,
      AUTHORIZATION,
    ],
    results: [{ name: 'Giấy khai sinh (đăng ký lại)' }],
    legalBases: HO_TICH_LAWS,
    sources: { code: 'S', time: 'D-rec', fee: 'D-rec', docs: 'D-rec' },
  }),
  procedure({
    seedRow: 34,
    seedSrc: 'S / D-rec (+E for 2019 rule) / E / D-rec',
    code: '1.013225',
    name: 'Cấp giấy phép xây dựng mới đối với công trình cấp III, cấp IV (Công trình không theo tuyến/Theo tuyến trong đô thị/Tín ngưỡng, tôn giáo/Tượng đài, tranh hoành tráng/Theo giai đoạn cho công trình không theo tuyến/Theo giai đoạn cho công trình theo tuyến trong đô thị/Dự án) và nhà ở riêng lẻ',
    field: 'Hoạt động xây dựng',
    level: 'DISTRICT',
    decidingAgencyKey: TP_HAI_DUONG,
    decidingBodyNote: `Phòng Quản lý đô thị thuộc ${CITY_NOTE}`,
    cases: [
      {
        name: 'Công trình cấp III, cấp IV',
        legalTime: cd(20),
        steps: steps(
          receive(cd(1), 'Bộ phận một cửa thành phố tiếp nhận, kiểm tra hồ sơ'),
          appraise(cd(12), 'Phòng Quản lý đô thị thẩm định hồ sơ, kiểm tra thực địa'),
          approve(cd(2), 'Trưởng phòng Quản lý đô thị kiểm tra, trình ký'),
          approve(cd(3), 'Lãnh đạo Ủy ban nhân dân thành phố ký giấy phép xây dựng'),
          issue(cd(2), 'Đóng dấu bản vẽ, vào sổ, trả kết quả'),
        ),
      },
      {
        name: 'Nhà ở riêng lẻ',
        legalTime: cd(15),
        steps: steps(
          receive(cd(1), 'Bộ phận một cửa thành phố tiếp nhận, kiểm tra hồ sơ'),
          appraise(cd(8), 'Phòng Quản lý đô thị thẩm định hồ sơ, kiểm tra thực địa'),
          approve(cd(2), 'Trưởng phòng Quản lý đô thị kiểm tra, trình ký'),
          approve(cd(2), 'Lãnh đạo Ủy ban nhân dân thành phố ký giấy phép xây dựng'),
          issue(cd(2), 'Đóng dấu bản vẽ, vào sổ, trả kết quả'),
        ),
      },
    ],
    channels: offer({
      fees: [
        fee('Lệ phí cấp giấy phép xây dựng công trình', 150_000, HDND_FEE, {
          caseCode: '1.013225.01',
          note: 'Mức 150.000 đồng là giá trị mẫu',
        }),
        fee('Lệ phí cấp giấy phép xây dựng nhà ở riêng lẻ', 75_000, HDND_FEE, {
          caseCode: '1.013225.02',
          note: 'Mức 75.000 đồng là giá trị mẫu',
        }),
      ],
    }),
    checklist: [
      doc('don-de-nghi', 'Đơn đề nghị cấp giấy phép xây dựng', 1, 0, {
        formTemplate: 'Mẫu tại Phụ lục Thông tư số 15/2016/TT-BXD',
      }),
      doc(
        'giay-to-dat',
        'Bản sao một trong những giấy tờ chứng minh quyền sử dụng đất theo quy định của pháp luật về đất đai',
        0,
        1,
      ),
      doc(
        'ban-ve-thiet-ke',
        'Bản vẽ thiết kế xây dựng (02 bộ): mặt bằng, mặt cắt, mặt đứng, móng, đấu nối hạ tầng',
        2,
        0,
      ),
      doc(
        'cam-ket-an-toan',
        'Bản cam kết bảo đảm an toàn đối với công trình liền kề (công trình có tầng hầm, xây chen)',
        1,
        0,
        OPTIONAL,
      ),
    ],
    results: [{ name: 'Giấy phép xây dựng kèm bản vẽ thiết kế có đóng dấu của cơ quan cấp giấy phép' }],
    legalBases: [LUAT_XAY_DUNG, ND_XAY_DUNG, TT_GPXD, TT_PHI_HDND],
    notes: [
      'Thời hạn 2019–2024 (Luật Xây dựng 2014, Điều 102): 20 ngày, 15 ngày đối với nhà ở riêng lẻ',
      'Từ 2025: 10 ngày làm việc, 7 ngày làm việc đối với nhà ở riêng lẻ (Nghị định số 175/2024/NĐ-CP); Ủy ban nhân dân cấp xã cấp từ 01/7/2025',
    ],
    sources: { code: 'S', time: 'D-rec+E', fee: 'E', docs: 'D-rec' },
  }),
  procedure({
    seedRow: 35,
    seedSrc: 'S / D-rec / D-rec / D-rec',
    code: '1.013229',
    name: 'Cấp giấy phép xây dựng sửa chữa, cải tạo đối với công trình cấp III, cấp IV (công trình Không theo tuyến/Theo tuyến trong đô thị/Tín ngưỡng, tôn giáo/Tượng đài, tranh hoành tráng/Theo giai đoạn cho công trình không theo tuyến/Theo giai đoạn cho công trình theo tuyến trong đô thị/Dự án) và nhà ở riêng lẻ',
    field: 'Hoạt động xây dựng',
    level: 'DISTRICT',
    decidingAgencyKey: TP_HAI_DUONG,
    decidingBodyNote: `Phòng Quản lý đô thị thuộc ${CITY_NOTE}`,
    cases: [
      {
        name: 'Công trình cấp III, cấp IV',
        legalTime: cd(20),
        steps: steps(
          receive(cd(1), 'Bộ phận một cửa thành phố tiếp nhận, kiểm tra hồ sơ'),
          appraise(cd(13), 'Phòng Quản lý đô thị thẩm định hồ sơ, kiểm tra hiện trạng'),
          approve(cd(4), 'Lãnh đạo Ủy ban nhân dân thành phố ký giấy phép xây dựng'),
          issue(cd(2), 'Đóng dấu bản vẽ, vào sổ, trả kết quả'),
        ),
      },
      {
        name: 'Nhà ở riêng lẻ',
        legalTime: cd(15),
        steps: steps(
          receive(cd(1), 'Bộ phận một cửa thành phố tiếp nhận, kiểm tra hồ sơ'),
          appraise(cd(9), 'Phòng Quản lý đô thị thẩm định hồ sơ, kiểm tra hiện trạng'),
          approve(cd(3), 'Lãnh đạo Ủy ban nhân dân thành phố ký giấy phép xây dựng'),
          issue(cd(2), 'Đóng dấu bản vẽ, vào sổ, trả kết quả'),
        ),
      },
    ],
    channels: offer({ fees: [fee('Lệ phí cấp giấy phép xây dựng', null, HDND_FEE)] }),
    checklist: [
      doc('don-de-nghi', 'Đơn đề nghị cấp giấy phép sửa chữa, cải tạo công trình', 1, 0, {
        formTemplate: 'Mẫu tại Phụ lục Thông tư số 15/2016/TT-BXD',
      }),
      doc('giay-to-dat', 'Bản sao giấy tờ hợp pháp về quyền sử dụng đất, quyền sở hữu công trình', 0, 1),
      doc(
        'ban-ve-hien-trang',
        'Bản vẽ hiện trạng các bộ phận công trình dự kiến sửa chữa, cải tạo và ảnh chụp hiện trạng công trình',
        1,
        0,
      ),
      doc('ban-ve-thiet-ke', 'Bản vẽ thiết kế sửa chữa, cải tạo (02 bộ)', 2, 0),
    ],
    results: [{ name: 'Giấy phép xây dựng kèm bản vẽ thiết kế có đóng dấu của cơ quan cấp giấy phép' }],
    legalBases: [LUAT_XAY_DUNG, ND_XAY_DUNG, TT_GPXD, TT_PHI_HDND],
    notes: [
      'Thời hạn 2019–2024 theo Luật Xây dựng 2014, Điều 102 (giá trị mẫu); từ 2025: 10 ngày, 7 ngày đối với nhà ở riêng lẻ',
    ],
    sources: { code: 'S', time: 'E', fee: 'D-rec', docs: 'D-rec' },
  }),
  procedure({
    seedRow: 36,
    seedSrc: 'S / D-rec / D-rec / D-rec',
    code: '1.013227',
    name: 'Gia hạn giấy phép xây dựng đối với công trình cấp III, cấp IV (công trình Không theo tuyến/Theo tuyến trong đô thị/Tín ngưỡng, tôn giáo/Tượng đài, tranh hoành tráng/Sửa chữa, cải tạo/Theo giai đoạn cho công trình không theo tuyến/Theo giai đoạn cho công trình theo tuyến trong đô thị/Dự án) và nhà ở riêng lẻ',
    field: 'Hoạt động xây dựng',
    level: 'DISTRICT',
    decidingAgencyKey: TP_HAI_DUONG,
    decidingBodyNote: `Phòng Quản lý đô thị thuộc ${CITY_NOTE}`,
    cases: [
      {
        name: 'Gia hạn giấy phép xây dựng',
        legalTime: wd(5),
        steps: steps(
          receive(wd(0.5), 'Bộ phận một cửa thành phố tiếp nhận, kiểm tra hồ sơ'),
          appraise(wd(2.5), 'Phòng Quản lý đô thị kiểm tra hồ sơ'),
          approve(wd(1), 'Lãnh đạo Ủy ban nhân dân thành phố ký gia hạn'),
          issue(wd(1)),
        ),
      },
    ],
    channels: offer({ fees: [fee('Lệ phí gia hạn giấy phép xây dựng', null, HDND_FEE)] }),
    checklist: [
      doc('don-de-nghi', 'Đơn đề nghị gia hạn giấy phép xây dựng', 1, 0),
      doc('giay-phep', 'Bản chính giấy phép xây dựng đã được cấp', 1, 0),
    ],
    results: [{ name: 'Giấy phép xây dựng được gia hạn' }],
    legalBases: [LUAT_XAY_DUNG, ND_XAY_DUNG, TT_GPXD, TT_PHI_HDND],
    sources: { code: 'S', time: 'D-rec', fee: 'D-rec', docs: 'D-rec' },
  }),
  procedure({
    seedRow: 44,
    seedSrc: 'S / D-rec / E / D-rec',
    code: '1.013978',
    relatedCodes: [{ code: '1.115620', note: 'Mã thủ tục riêng của thành phố Hải Phòng (2025–2026)' }],
    name: 'Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu đối với cá nhân, hộ gia đình, cộng đồng dân cư',
    field: 'Đất đai',
    level: 'DISTRICT',
    decidingAgencyKey: TP_HAI_DUONG,
    decidingBodyNote: `Phòng Tài nguyên và Môi trường thuộc ${CITY_NOTE}; hồ sơ qua Chi nhánh Văn phòng Đăng ký đất đai`,
    coordinatingAgencyKeys: [TNMT, THUE],
    cases: [
      {
        name: 'Đăng ký, cấp Giấy chứng nhận lần đầu',
        legalTime: wd(20),
        steps: steps(
          receive(wd(0.5), 'Bộ phận một cửa thành phố tiếp nhận, kiểm tra hồ sơ'),
          coordinate(
            wd(8),
            'Chi nhánh Văn phòng Đăng ký đất đai kiểm tra hồ sơ, trích đo địa chính, lấy xác nhận của Ủy ban nhân dân cấp xã',
            at(TNMT),
          ),
          coordinate(wd(4), 'Cơ quan thuế xác định nghĩa vụ tài chính', at(THUE)),
          appraise(wd(3), 'Phòng Tài nguyên và Môi trường thẩm định, trình ký'),
          approve(wd(2.5), 'Lãnh đạo Ủy ban nhân dân thành phố ký Giấy chứng nhận'),
          coordinate(wd(2), 'Chi nhánh Văn phòng Đăng ký đất đai cập nhật hồ sơ địa chính, chuyển kết quả', at(TNMT)),
        ),
        note: 'Không tính thời gian người sử dụng đất thực hiện nghĩa vụ tài chính',
      },
    ],
    channels: offer({
      fees: [
        fee('Lệ phí cấp Giấy chứng nhận', null, HDND_FEE),
        fee('Tiền sử dụng đất (nếu có)', null, 'Nghị định số 45/2014/NĐ-CP về thu tiền sử dụng đất', {
          note: 'Nghĩa vụ tài chính do cơ quan thuế xác định, không phải phí của thủ tục',
        }),
      ],
    }),
    checklist: [
      doc(
        'don-dang-ky',
        'Đơn đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất',
        1,
        0,
        { formTemplate: 'Mẫu số 04a/ĐK (Thông tư số 24/2014/TT-BTNMT)' },
      ),
      doc(
        'giay-to-qsdd',
        'Bản sao một trong các loại giấy tờ về quyền sử dụng đất (Điều 100 Luật Đất đai 2013)',
        0,
        1,
        OPTIONAL,
      ),
      doc('giay-to-tai-san', 'Giấy tờ về tài sản gắn liền với đất (trường hợp đăng ký tài sản)', 0, 1, OPTIONAL),
      doc(
        'chung-tu-nghia-vu-tai-chinh',
        'Chứng từ thực hiện nghĩa vụ tài chính hoặc giấy tờ về miễn, giảm nghĩa vụ tài chính',
        0,
        1,
        OPTIONAL,
      ),
    ],
    results: [{ name: 'Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất' }],
    legalBases: [LUAT_DAT_DAI, ND_DAT_DAI, ND_DAT_DAI_SUA_DOI, TT_HO_SO_DIA_CHINH, TT_PHI_HDND],
    notes: [
      'Thời hạn 2019–2024: 20 ngày làm việc (giá trị mẫu); Hải Phòng 2025–2026: 8,5 ngày đăng ký và thời gian cấp Giấy chứng nhận',
    ],
    sources: { code: 'S', time: 'E', fee: 'E', docs: 'D-rec' },
  }),
  procedure({
    seedRow: 45,
    seedSrc: 'S / D-rec / E / D-rec',
    code: '1.115645',
    name: 'Cho phép chuyển mục đích sử dụng đất (không thuộc diện chấp thuận chủ trương đầu tư)',
    field: 'Đất đai',
    level: 'DISTRICT',
    decidingAgencyKey: TP_HAI_DUONG,
    decidingBodyNote: `Phòng Tài nguyên và Môi trường thuộc ${CITY_NOTE}`,
    coordinatingAgencyKeys: [THUE],
    cases: [
      {
        name: 'Chuyển mục đích sử dụng đất của hộ gia đình, cá nhân',
        legalTime: wd(10),
        steps: steps(
          receive(wd(0.5), 'Bộ phận một cửa thành phố tiếp nhận, kiểm tra hồ sơ'),
          appraise(wd(3), 'Phòng Tài nguyên và Môi trường thẩm tra hồ sơ, xác minh thực địa, trình quyết định'),
          approve(wd(1.5), 'Lãnh đạo Ủy ban nhân dân thành phố ký quyết định cho phép chuyển mục đích sử dụng đất'),
          coordinate(wd(3), 'Cơ quan thuế xác định tiền sử dụng đất'),
          appraise(wd(1.5), 'Chỉnh lý hồ sơ địa chính, Giấy chứng nhận'),
          issue(wd(0.5)),
        ),
        note: 'Không tính thời gian người sử dụng đất thực hiện nghĩa vụ tài chính',
      },
    ],
    channels: offer({
      fees: [
        fee('Lệ phí cấp Giấy chứng nhận', null, HDND_FEE),
        fee('Tiền sử dụng đất', null, 'Nghị định số 45/2014/NĐ-CP về thu tiền sử dụng đất', {
          note: 'Nghĩa vụ tài chính do cơ quan thuế xác định, không phải phí của thủ tục',
        }),
      ],
    }),
    checklist: [
      doc('don-xin-chuyen-muc-dich', 'Đơn xin chuyển mục đích sử dụng đất', 1, 0, {
        formTemplate: 'Mẫu số 01 (Thông tư số 30/2014/TT-BTNMT)',
      }),
      doc('giay-chung-nhan', 'Bản gốc Giấy chứng nhận quyền sử dụng đất đã cấp', 1, 0),
    ],
    results: [
      { name: 'Quyết định cho phép chuyển mục đích sử dụng đất' },
      { name: 'Giấy chứng nhận đã chỉnh lý biến động' },
    ],
    legalBases: [LUAT_DAT_DAI, ND_DAT_DAI, ND_DAT_DAI_SUA_DOI, TT_PHI_HDND],
    notes: ['Chỉ tìm được mã riêng của thành phố Hải Phòng (1.115645); mã quốc gia giai đoạn 2019–2024 cần tra cứu'],
    sources: { code: 'S', time: 'D-rec', fee: 'E', docs: 'E' },
  }),
];

// ---------------------------------------------------------------------------------------------------------------
// Công an tỉnh — rows 25–30, 33 (commune and district police use the provincial key, see the file comment)
// ---------------------------------------------------------------------------------------------------------------

const RESIDENCE_FIELD = 'Đăng ký, quản lý cư trú';
const RESIDENCE_LAWS = [LUAT_CU_TRU, ND_CU_TRU, TT_CU_TRU, TT_BIEU_MAU_CU_TRU, TT_LE_PHI_CU_TRU];
const CT01 = doc('to-khai-ct01', 'Tờ khai thay đổi thông tin cư trú', 1, 0, {
  formTemplate: 'Mẫu CT01 (Thông tư số 56/2021/TT-BCA)',
  eForm: true,
});
const residenceChannels = (name: string, direct: number, online: number, note?: string) =>
  offer({
    online: 'ONLINE_FULL',
    fees: [fee(name, direct, 'Thông tư số 75/2022/TT-BTC', note ? { note } : {})],
    onlineFees: [fee(name, online, 'Thông tư số 75/2022/TT-BTC', { note: 'Mức thu khi nộp hồ sơ trực tuyến' })],
  });
const residenceSteps = (appraisal: number, approval: number) =>
  steps(
    receive(wd(0.5), 'Công an cấp xã tiếp nhận, kiểm tra hồ sơ'),
    appraise(wd(appraisal), 'Thẩm định hồ sơ, kiểm tra thực tế chỗ ở (nếu cần)'),
    approve(wd(approval), 'Trưởng Công an cấp xã phê duyệt'),
    issue(wd(0.5), 'Cập nhật Cơ sở dữ liệu về cư trú, thông báo kết quả'),
  );
const RESIDENCE_RESULT = {
  name: 'Thông báo kết quả; thông tin cư trú được cập nhật vào Cơ sở dữ liệu về cư trú',
  electronic: true,
};

const congAn: Procedure[] = [
  procedure({
    seedRow: 25,
    seedSrc: 'S / D-rec / D-rec / D-rec',
    code: '1.004222',
    name: 'Đăng ký thường trú',
    field: RESIDENCE_FIELD,
    level: 'COMMUNE',
    decidingAgencyKey: CONG_AN,
    decidingBodyNote: COMMUNE_POLICE_NOTE,
    effectiveFrom: RESIDENCE_LAW_2020,
    cases: [{ name: 'Đăng ký thường trú', legalTime: wd(7), steps: residenceSteps(5, 1) }],
    channels: residenceChannels('Lệ phí đăng ký thường trú', 20_000, 10_000),
    checklist: [
      CT01,
      doc('cho-o-hop-phap', 'Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp', 0, 1),
      doc(
        'y-kien-chu-ho',
        'Ý kiến đồng ý của chủ hộ, chủ sở hữu chỗ ở hợp pháp (ghi vào Tờ khai hoặc văn bản riêng)',
        1,
        0,
        { ...OPTIONAL, note: 'Khi đăng ký vào chỗ ở không thuộc sở hữu của mình' },
      ),
    ],
    results: [RESIDENCE_RESULT],
    legalBases: RESIDENCE_LAWS,
    sources: { code: 'S', time: 'D-rec', fee: 'D-rec', docs: 'D-rec' },
  }),
  procedure({
    seedRow: 26,
    seedSrc: 'S / D-rec / D-rec / D-rec',
    code: '1.004194',
    name: 'Đăng ký tạm trú',
    field: RESIDENCE_FIELD,
    level: 'COMMUNE',
    decidingAgencyKey: CONG_AN,
    decidingBodyNote: COMMUNE_POLICE_NOTE,
    effectiveFrom: RESIDENCE_LAW_2020,
    cases: [{ name: 'Đăng ký tạm trú', legalTime: wd(3), steps: residenceSteps(1.5, 0.5) }],
    channels: residenceChannels(
      'Lệ phí đăng ký tạm trú',
      15_000,
      7_000,
      'Danh mục tra cứu ghi 10.000 đồng (trực tiếp) và 5.000 đồng (trực tuyến): cần đối chiếu',
    ),
    checklist: [CT01, doc('cho-o-hop-phap', 'Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp', 0, 1)],
    results: [RESIDENCE_RESULT],
    legalBases: RESIDENCE_LAWS,
    sources: { code: 'S', time: 'D-rec', fee: 'D-rec', docs: 'D-rec' },
  }),
  procedure({
    seedRow: 27,
    seedSrc: 'S / D-rec / D-rec / D-rec',
    code: '1.010038',
    name: 'Tách hộ',
    field: RESIDENCE_FIELD,
    level: 'COMMUNE',
    decidingAgencyKey: CONG_AN,
    decidingBodyNote: COMMUNE_POLICE_NOTE,
    effectiveFrom: RESIDENCE_LAW_2020,
    cases: [{ name: 'Tách hộ', legalTime: wd(5), steps: residenceSteps(3, 1) }],
    channels: residenceChannels('Lệ phí tách hộ', 10_000, 5_000),
    checklist: [{ ...CT01, name: 'Tờ khai thay đổi thông tin cư trú (có ý kiến đồng ý của chủ hộ)' }],
    results: [RESIDENCE_RESULT],
    legalBases: RESIDENCE_LAWS,
    sources: { code: 'S', time: 'D-rec', fee: 'D-rec', docs: 'D-rec' },
  }),
  procedure({
    seedRow: 28,
    seedSrc: 'S / E / E / E',
    code: '2.000200',
    name: 'Cấp thẻ căn cước cho công dân từ đủ 14 tuổi trở lên (thực hiện tại cấp tỉnh)',
    field: 'Cấp, quản lý căn cước',
    level: 'PROVINCE',
    decidingAgencyKey: CONG_AN,
    decidingBodyNote: 'Phòng Cảnh sát quản lý hành chính về trật tự xã hội (PC06), Công an tỉnh',
    // Luật Căn cước 2023 in force; from 01/07/2021 to 30/06/2024 the center issued Căn cước công dân cards.
    effectiveFrom: '2024-07-01',
    cases: [
      {
        name: 'Cấp thẻ căn cước',
        legalTime: wd(7),
        steps: steps(
          receive(wd(0.5), 'Thu nhận thông tin, ảnh, vân tay, mống mắt; đối chiếu Cơ sở dữ liệu quốc gia về dân cư'),
          appraise(wd(1.5), 'Duyệt hồ sơ cấp thẻ căn cước'),
          approve(wd(1), 'Lãnh đạo phòng duyệt, chuyển dữ liệu về Bộ Công an'),
          appraise(wd(3.5), 'Bộ Công an sản xuất, cá thể hóa thẻ; nhận thẻ về Công an tỉnh'),
          issue(wd(0.5), 'Trả thẻ căn cước'),
        ),
      },
    ],
    // Biometrics are taken in person: no postal channel; online only to book and pre-fill.
    channels: offer({
      postal: false,
      fees: [
        fee('Lệ phí cấp thẻ căn cước lần đầu', 0, 'Miễn lệ phí (giá trị mẫu)'),
        fee(
          'Lệ phí cấp đổi thẻ căn cước',
          30_000,
          'Quy định của Bộ Tài chính về lệ phí cấp thẻ căn cước (giá trị mẫu)',
        ),
        fee(
          'Lệ phí cấp lại thẻ căn cước',
          50_000,
          'Quy định của Bộ Tài chính về lệ phí cấp thẻ căn cước (giá trị mẫu)',
        ),
      ],
    }),
    checklist: [
      doc('the-cu', 'Thẻ Căn cước công dân hoặc Chứng minh nhân dân đang sử dụng (trường hợp cấp đổi)', 1, 0, OPTIONAL),
      doc(
        'giay-to-thay-doi',
        'Giấy tờ chứng minh thông tin thay đổi (khi thông tin chưa có trong Cơ sở dữ liệu quốc gia về dân cư)',
        0,
        1,
        OPTIONAL,
      ),
    ],
    results: [{ name: 'Thẻ căn cước' }],
    legalBases: [
      law('26/2023/QH15', 'Luật Căn cước'),
      law('70/2024/NĐ-CP', 'Nghị định quy định chi tiết một số điều của Luật Căn cước'),
    ],
    notes: ['Không phải nộp giấy tờ khi thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư'],
    sources: { code: 'S', time: 'E', fee: 'E', docs: 'E' },
  }),
  procedure({
    seedRow: 29,
    seedSrc: 'S (+news for HD) / E / E / E',
    code: '2.001428',
    name: 'Đăng ký mẫu con dấu mới (thực hiện tại cấp tỉnh)',
    field: 'Quản lý con dấu',
    level: 'PROVINCE',
    decidingAgencyKey: CONG_AN,
    decidingBodyNote: 'Phòng Cảnh sát quản lý hành chính về trật tự xã hội (PC06), Công an tỉnh',
    effectiveFrom: POLICE_AT_CENTER,
    cases: [
      {
        name: 'Đăng ký mẫu con dấu mới',
        legalTime: wd(3),
        steps: steps(
          receive(wd(0.5)),
          appraise(wd(1.5), 'Kiểm tra hồ sơ, đối chiếu mẫu con dấu'),
          approve(wd(0.5), 'Lãnh đạo phòng ký Giấy chứng nhận đăng ký mẫu con dấu'),
          issue(wd(0.5)),
        ),
      },
    ],
    channels: offer({
      fees: [
        fee(
          'Lệ phí cấp Giấy chứng nhận đăng ký mẫu con dấu',
          50_000,
          'Quy định của Bộ Tài chính về lệ phí đăng ký mẫu con dấu (giá trị mẫu)',
        ),
      ],
    }),
    checklist: [
      doc('van-ban-de-nghi', 'Văn bản đề nghị đăng ký mẫu con dấu', 1, 0),
      doc(
        'quyet-dinh-thanh-lap',
        'Bản sao quyết định thành lập hoặc Giấy chứng nhận đăng ký doanh nghiệp, giấy phép hoạt động',
        0,
        1,
      ),
    ],
    results: [{ name: 'Giấy chứng nhận đăng ký mẫu con dấu' }],
    legalBases: [law('99/2016/NĐ-CP', 'Nghị định về quản lý và sử dụng con dấu')],
    sources: { code: 'S', time: 'E', fee: 'E', docs: 'E' },
  }),
  procedure({
    seedRow: 30,
    seedSrc: 'S / S* (5 days cấp mới per BCA portal quote) / E / E',
    code: '2.001402',
    name: 'Cấp đổi Giấy chứng nhận đủ điều kiện về an ninh, trật tự (thực hiện tại cấp tỉnh)',
    field: 'Quản lý ngành, nghề kinh doanh có điều kiện về an ninh, trật tự',
    level: 'PROVINCE',
    decidingAgencyKey: CONG_AN,
    decidingBodyNote: 'Phòng Cảnh sát quản lý hành chính về trật tự xã hội (PC06), Công an tỉnh',
    effectiveFrom: POLICE_AT_CENTER,
    cases: [
      {
        name: 'Cấp đổi Giấy chứng nhận',
        legalTime: wd(4),
        steps: steps(
          receive(wd(0.5)),
          appraise(wd(2), 'Kiểm tra hồ sơ, điều kiện về an ninh, trật tự'),
          approve(wd(1), 'Lãnh đạo phòng ký Giấy chứng nhận'),
          issue(wd(0.5)),
        ),
      },
    ],
    channels: offer({
      fees: [
        fee('Phí thẩm định điều kiện về an ninh, trật tự', 300_000, 'Thông tư số 218/2016/TT-BTC', {
          note: 'Giá trị mẫu',
        }),
      ],
    }),
    checklist: [
      doc('van-ban-de-nghi', 'Văn bản đề nghị cấp đổi Giấy chứng nhận đủ điều kiện về an ninh, trật tự', 1, 0),
      doc('giay-chung-nhan-cu', 'Bản chính Giấy chứng nhận đủ điều kiện về an ninh, trật tự đã được cấp', 1, 0),
      doc('ban-khai-ly-lich', 'Bản khai lý lịch của người đứng tên đại diện theo pháp luật của cơ sở kinh doanh', 1, 0),
    ],
    results: [{ name: 'Giấy chứng nhận đủ điều kiện về an ninh, trật tự' }],
    legalBases: [
      law(
        '96/2016/NĐ-CP',
        'Nghị định quy định điều kiện về an ninh, trật tự đối với một số ngành, nghề đầu tư kinh doanh có điều kiện',
      ),
      law('218/2016/TT-BTC', 'Thông tư quy định mức thu phí thẩm định điều kiện về an ninh, trật tự'),
    ],
    notes: ['Thời hạn 4 ngày là giá trị mẫu; cấp mới là 5 ngày làm việc (S*)'],
    sources: { code: 'S', time: 'E', fee: 'E', docs: 'E' },
  }),
  procedure({
    seedRow: 33,
    seedSrc: 'S / E / E / E',
    code: '1.013076',
    name: 'Đăng ký sang tên xe (cấp chứng nhận đăng ký, biển số khi thay đổi chủ xe)',
    field: 'Đăng ký, quản lý phương tiện giao thông',
    level: 'DISTRICT',
    decidingAgencyKey: CONG_AN,
    decidingBodyNote:
      'Công an thành phố Hải Dương (cấp huyện), thuộc Công an tỉnh; dữ liệu cơ quan chưa có công an cấp huyện',
    coordinatingAgencyKeys: [THUE],
    // Thông tư số 58/2020/TT-BCA in force.
    effectiveFrom: '2020-08-01',
    cases: [
      {
        name: 'Sang tên xe',
        legalTime: wd(2),
        steps: steps(
          receive(wd(0.5), 'Tiếp nhận hồ sơ, đối chiếu số máy, số khung'),
          coordinate(wd(0.5), 'Cơ quan thuế xác nhận chứng từ nộp lệ phí trước bạ điện tử'),
          appraise(wd(0.5), 'Kiểm tra hồ sơ, cập nhật dữ liệu đăng ký xe'),
          approve(wd(0.25), 'Lãnh đạo đội ký Giấy chứng nhận đăng ký xe'),
          issue(wd(0.25), 'Trả chứng nhận đăng ký, biển số'),
        ),
      },
    ],
    channels: offer({
      fees: [
        fee('Lệ phí cấp chứng nhận đăng ký kèm biển số xe mô tô', 50_000, 'Thông tư số 229/2016/TT-BTC', {
          note: 'Giá trị mẫu',
        }),
        fee('Lệ phí cấp chứng nhận đăng ký kèm biển số xe ô tô', 150_000, 'Thông tư số 229/2016/TT-BTC', {
          note: 'Giá trị mẫu',
        }),
      ],
    }),
    checklist: [
      doc('giay-khai-dang-ky-xe', 'Giấy khai đăng ký xe', 1, 0, { eForm: true }),
      doc(
        'chung-tu-chuyen-quyen',
        'Chứng từ chuyển quyền sở hữu xe (hợp đồng mua bán, cho, tặng… được công chứng hoặc chứng thực)',
        1,
        0,
      ),
      doc('chung-tu-le-phi-truoc-ba', 'Chứng từ nộp lệ phí trước bạ', 1, 0),
      doc('chung-nhan-dang-ky-cu', 'Giấy chứng nhận đăng ký xe của chủ xe cũ', 1, 0),
      ID_PAPERS,
    ],
    results: [{ name: 'Giấy chứng nhận đăng ký xe, biển số xe' }],
    legalBases: [
      law(
        '58/2020/TT-BCA',
        'Thông tư quy định quy trình cấp, thu hồi đăng ký, biển số phương tiện giao thông cơ giới đường bộ',
      ),
      law('229/2016/TT-BTC', 'Thông tư quy định mức thu lệ phí đăng ký, cấp biển phương tiện giao thông'),
    ],
    notes: ['Mã 1.013076 là mã từ năm 2024; từ 2025 Công an cấp xã thực hiện'],
    sources: { code: 'S', time: 'E', fee: 'E', docs: 'E' },
  }),
];

// ---------------------------------------------------------------------------------------------------------------
// Sở Giao thông vận tải — rows 31, 32, 38, 39
// ---------------------------------------------------------------------------------------------------------------

const GPLX_FIELD = 'Sát hạch, cấp giấy phép lái xe';
const GPLX_FORM = 'Mẫu đơn tại Phụ lục 19 Thông tư số 12/2017/TT-BGTVT (sửa đổi bởi Thông tư số 05/2024/TT-BGTVT)';
const GPLX_MOVED =
  'Từ 01/3/2025 chức năng sát hạch, cấp giấy phép lái xe chuyển sang Công an tỉnh (mã 3.000347, 3.000348)';
const VAN_TAI_LAWS = [
  LUAT_GTDB,
  law('86/2014/NĐ-CP', 'Nghị định về kinh doanh và điều kiện kinh doanh vận tải bằng xe ô tô'),
  law(
    '10/2020/NĐ-CP',
    'Nghị định quy định về kinh doanh và điều kiện kinh doanh vận tải bằng xe ô tô (thay thế Nghị định số 86/2014/NĐ-CP từ 01/4/2020)',
  ),
];

const giaoThong: Procedure[] = [
  procedure({
    seedRow: 31,
    seedSrc: 'S / S* (baomoi "chậm nhất 5 ngày làm việc") / E / S*',
    code: '3.000347',
    name: 'Đổi giấy phép lái xe do ngành Giao thông vận tải cấp',
    field: GPLX_FIELD,
    level: 'PROVINCE',
    decidingAgencyKey: GTVT,
    coordinatingAgencyKeys: [Y_TE],
    effectiveTo: '2025-02-28',
    cases: [
      {
        name: 'Đổi giấy phép lái xe',
        legalTime: wd(5),
        steps: steps(
          receive(wd(0.5)),
          coordinate(wd(0.5), 'Tra cứu, xác thực giấy khám sức khỏe điện tử với Sở Y tế'),
          appraise(wd(2), 'Kiểm tra, đối chiếu dữ liệu giấy phép lái xe'),
          approve(wd(1), 'Lãnh đạo Sở duyệt danh sách đổi giấy phép lái xe'),
          issue(wd(1), 'In, cấp giấy phép lái xe'),
        ),
      },
    ],
    channels: offer({
      online: 'ONLINE_FULL',
      fees: [fee('Lệ phí cấp giấy phép lái xe', 135_000, 'Thông tư số 188/2016/TT-BTC', { note: 'Giá trị mẫu' })],
      onlineFees: [
        fee(
          'Lệ phí cấp giấy phép lái xe',
          115_000,
          'Quy định của Bộ Tài chính về mức thu khi nộp trực tuyến (giá trị mẫu)',
        ),
      ],
    }),
    checklist: [
      doc('don-de-nghi', 'Đơn đề nghị đổi, cấp lại giấy phép lái xe', 1, 0, { formTemplate: GPLX_FORM, eForm: true }),
      doc('giay-kham-suc-khoe', 'Giấy khám sức khỏe của người lái xe do cơ sở y tế có thẩm quyền cấp', 1, 0, {
        note: 'Không yêu cầu khi đổi giấy phép lái xe hạng A1, A2, A3 hoặc đã có giấy khám sức khỏe điện tử',
      }),
      doc('ban-sao-gplx', 'Bản sao giấy phép lái xe', 0, 1),
      doc('ban-sao-giay-to-tuy-than', 'Bản sao thẻ Căn cước công dân, Chứng minh nhân dân hoặc hộ chiếu', 0, 1),
    ],
    results: [{ name: 'Giấy phép lái xe' }],
    legalBases: [LUAT_GTDB, TT_GPLX, TT_PHI_GPLX],
    notes: [
      GPLX_MOVED,
      'Mã 3.000347 là mã của Công an tỉnh từ năm 2025; chưa tìm được mã trước 2025 của Sở Giao thông vận tải',
    ],
    sources: { code: 'S', time: 'S*', fee: 'E', docs: 'S*' },
  }),
  procedure({
    seedRow: 32,
    seedSrc: 'S / E / E / E',
    code: '3.000348',
    name: 'Cấp lại giấy phép lái xe',
    field: GPLX_FIELD,
    level: 'PROVINCE',
    decidingAgencyKey: GTVT,
    effectiveTo: '2025-02-28',
    cases: [
      {
        name: 'Cấp lại giấy phép lái xe',
        legalTime: wd(5),
        steps: steps(
          receive(wd(0.5)),
          appraise(wd(2.5), 'Tra cứu, xác minh giấy phép lái xe đã cấp'),
          approve(wd(1), 'Lãnh đạo Sở duyệt danh sách cấp lại giấy phép lái xe'),
          issue(wd(1), 'In, cấp giấy phép lái xe'),
        ),
      },
    ],
    channels: offer({
      fees: [fee('Lệ phí cấp giấy phép lái xe', 135_000, 'Thông tư số 188/2016/TT-BTC', { note: 'Giá trị mẫu' })],
    }),
    checklist: [
      doc('don-de-nghi', 'Đơn đề nghị đổi, cấp lại giấy phép lái xe', 1, 0, { formTemplate: GPLX_FORM, eForm: true }),
      doc('giay-kham-suc-khoe', 'Giấy khám sức khỏe của người lái xe do cơ sở y tế có thẩm quyền cấp', 1, 0),
      doc('ban-sao-giay-to-tuy-than', 'Bản sao thẻ Căn cước công dân, Chứng minh nhân dân hoặc hộ chiếu', 0, 1),
    ],
    results: [{ name: 'Giấy phép lái xe' }],
    legalBases: [LUAT_GTDB, TT_GPLX, TT_PHI_GPLX],
    notes: [GPLX_MOVED],
    sources: { code: 'S', time: 'E', fee: 'E', docs: 'E' },
  }),
  procedure({
    seedRow: 38,
    seedSrc: 'S / E / E / E',
    code: '1.000703',
    name: 'Cấp Giấy phép kinh doanh vận tải bằng xe ô tô',
    field: 'Đường bộ',
    level: 'PROVINCE',
    decidingAgencyKey: GTVT,
    cases: [
      {
        name: 'Cấp Giấy phép kinh doanh vận tải',
        legalTime: wd(5),
        steps: steps(
          receive(wd(0.5)),
          appraise(wd(2.5), 'Phòng Quản lý vận tải thẩm định hồ sơ'),
          approve(wd(1), 'Lãnh đạo Sở ký Giấy phép'),
          issue(wd(1)),
        ),
      },
    ],
    channels: offer({
      online: 'ONLINE_FULL',
      fees: [
        fee(
          'Lệ phí cấp Giấy phép kinh doanh vận tải',
          200_000,
          'Quy định của Bộ Tài chính về lệ phí cấp giấy phép kinh doanh vận tải (giá trị mẫu)',
        ),
      ],
    }),
    checklist: [
      doc('giay-de-nghi', 'Giấy đề nghị cấp Giấy phép kinh doanh vận tải bằng xe ô tô', 1, 0, { eForm: true }),
      doc(
        'ban-sao-dkdn',
        'Bản sao Giấy chứng nhận đăng ký doanh nghiệp hoặc Giấy chứng nhận đăng ký hộ kinh doanh',
        0,
        1,
      ),
      doc(
        'van-bang-nguoi-dieu-hanh',
        'Bản sao văn bằng, chứng chỉ của người trực tiếp điều hành hoạt động vận tải',
        0,
        1,
      ),
      doc(
        'quyet-dinh-bo-phan-an-toan',
        'Quyết định thành lập và quy định chức năng, nhiệm vụ của bộ phận quản lý, theo dõi các điều kiện về an toàn giao thông',
        0,
        1,
      ),
    ],
    results: [{ name: 'Giấy phép kinh doanh vận tải bằng xe ô tô' }],
    legalBases: VAN_TAI_LAWS,
    sources: { code: 'S', time: 'E', fee: 'E', docs: 'E' },
  }),
  procedure({
    seedRow: 39,
    seedSrc: 'S / E / E / E',
    code: '2.002288',
    name: 'Cấp, cấp lại phù hiệu cho xe ô tô kinh doanh vận tải',
    field: 'Đường bộ',
    level: 'PROVINCE',
    decidingAgencyKey: GTVT,
    cases: [
      {
        name: 'Cấp, cấp lại phù hiệu',
        legalTime: wd(2),
        steps: steps(
          receive(wd(0.5)),
          appraise(wd(0.75), 'Kiểm tra danh sách xe, dữ liệu giám sát hành trình'),
          approve(wd(0.25), 'Lãnh đạo phòng ký duyệt'),
          issue(wd(0.5), 'In, cấp phù hiệu'),
        ),
      },
    ],
    channels: offer({ online: 'ONLINE_FULL' }),
    checklist: [
      doc('giay-de-nghi', 'Giấy đề nghị cấp, cấp lại phù hiệu', 1, 0, { eForm: true }),
      doc('danh-sach-xe', 'Danh sách xe đề nghị cấp phù hiệu', 1, 0),
    ],
    results: [{ name: 'Phù hiệu xe ô tô kinh doanh vận tải' }],
    legalBases: VAN_TAI_LAWS,
    sources: { code: 'S', time: 'E', fee: 'E', docs: 'E' },
  }),
];

// ---------------------------------------------------------------------------------------------------------------
// Sở Xây dựng — row 37 and one added procedure
// ---------------------------------------------------------------------------------------------------------------

const xayDung: Procedure[] = [
  procedure({
    seedRow: 37,
    seedSrc: 'S / D-rec / E / E',
    code: '1.013236',
    name: 'Cấp giấy phép xây dựng mới công trình cấp đặc biệt, cấp I, cấp II (Công trình không theo tuyến/Theo tuyến trong đô thị/Tín ngưỡng, tôn giáo/Tượng đài, tranh hoành tráng/Theo giai đoạn cho công trình không theo tuyến/Theo giai đoạn cho công trình theo tuyến trong đô thị/Dự án)',
    field: 'Hoạt động xây dựng',
    level: 'PROVINCE',
    decidingAgencyKey: XAY_DUNG,
    // Liên thông (E): fire-safety police and the environment department give opinions.
    coordinatingAgencyKeys: [CONG_AN, TNMT],
    cases: [
      {
        name: 'Công trình cấp đặc biệt, cấp I, cấp II',
        legalTime: cd(20),
        steps: steps(
          receive(cd(1)),
          appraise(cd(6), 'Phòng Quản lý hoạt động xây dựng thẩm định hồ sơ, kiểm tra thực địa'),
          coordinate(cd(4), 'Phòng Cảnh sát phòng cháy, chữa cháy cho ý kiến về phòng cháy, chữa cháy', at(CONG_AN)),
          coordinate(cd(4), 'Sở Tài nguyên và Môi trường cho ý kiến về bảo vệ môi trường', at(TNMT)),
          appraise(cd(2), 'Tổng hợp ý kiến, dự thảo giấy phép xây dựng'),
          approve(cd(2), 'Giám đốc Sở ký giấy phép xây dựng'),
          issue(cd(1), 'Đóng dấu bản vẽ, vào sổ, chuyển kết quả'),
        ),
      },
    ],
    channels: offer({ fees: [fee('Lệ phí cấp giấy phép xây dựng', null, HDND_FEE)] }),
    checklist: [
      doc('don-de-nghi', 'Đơn đề nghị cấp giấy phép xây dựng', 1, 0, {
        formTemplate: 'Mẫu tại Phụ lục Thông tư số 15/2016/TT-BXD',
      }),
      doc('quyet-dinh-phe-duyet', 'Bản sao quyết định phê duyệt dự án', 0, 1),
      doc('ket-qua-tham-dinh', 'Văn bản thông báo kết quả thẩm định thiết kế của cơ quan chuyên môn về xây dựng', 0, 1),
      doc('giay-to-dat', 'Bản sao giấy tờ hợp pháp về đất đai', 0, 1),
      doc('ban-ve-thiet-ke', 'Bản vẽ thiết kế xây dựng (02 bộ) đã được thẩm định', 2, 0),
    ],
    results: [{ name: 'Giấy phép xây dựng kèm bản vẽ thiết kế có đóng dấu của cơ quan cấp giấy phép' }],
    legalBases: [LUAT_XAY_DUNG, ND_XAY_DUNG, TT_GPXD, TT_PHI_HDND],
    notes: [
      'Thời hạn 2019–2024 theo Luật Xây dựng 2014, Điều 102 (giá trị mẫu)',
      'Bản ghi chi tiết quốc gia không thống nhất: 10 ngày theo cách thức thực hiện, 20 ngày theo trường hợp',
    ],
    sources: { code: 'S', time: 'E', fee: 'E', docs: 'E' },
  }),
  procedure({
    code: '1.013237',
    name: 'Cấp mới chứng chỉ hành nghề hoạt động xây dựng',
    field: 'Hoạt động xây dựng',
    level: 'PROVINCE',
    decidingAgencyKey: XAY_DUNG,
    cases: [
      {
        name: 'Chứng chỉ hành nghề hạng II, hạng III',
        legalTime: wd(20),
        steps: steps(
          receive(wd(0.5)),
          appraise(wd(14), 'Đánh giá hồ sơ, tổ chức sát hạch'),
          appraise(wd(3), 'Hội đồng xét cấp chứng chỉ hành nghề họp xét'),
          approve(wd(1.5), 'Giám đốc Sở ký chứng chỉ'),
          issue(wd(1), 'Cấp chứng chỉ, đăng tải thông tin năng lực'),
        ),
      },
    ],
    channels: offer({
      fees: [
        fee('Lệ phí cấp chứng chỉ hành nghề hoạt động xây dựng', 300_000, 'Thông tư số 172/2016/TT-BTC', {
          note: 'Giá trị mẫu',
        }),
      ],
    }),
    checklist: [
      doc('don-de-nghi', 'Đơn đề nghị cấp chứng chỉ hành nghề', 1, 0),
      doc('anh', 'Ảnh màu cỡ 4x6 cm nền trắng, chụp trong thời gian không quá 06 tháng', 1, 0),
      doc(
        'van-bang',
        'Bản sao có chứng thực văn bằng do cơ sở đào tạo hợp pháp cấp phù hợp với lĩnh vực đề nghị cấp chứng chỉ',
        0,
        1,
      ),
      doc(
        'kinh-nghiem',
        'Bản sao có chứng thực quyết định phân công công việc hoặc văn bản xác nhận của chủ đầu tư về công việc đã thực hiện',
        0,
        1,
      ),
      doc('chung-chi-cu', 'Bản sao có chứng thực chứng chỉ hành nghề đã được cấp trước đó (nếu có)', 0, 1, OPTIONAL),
    ],
    results: [{ name: 'Chứng chỉ hành nghề hoạt động xây dựng' }],
    legalBases: [
      LUAT_XAY_DUNG,
      law(
        '100/2018/NĐ-CP',
        'Nghị định sửa đổi, bổ sung, bãi bỏ một số quy định về điều kiện đầu tư kinh doanh thuộc lĩnh vực quản lý nhà nước của Bộ Xây dựng',
      ),
    ],
    notes: [
      'Thủ tục bổ sung để mỗi sở có ít nhất hai thủ tục; mã và tên đọc từ bản ghi chi tiết quốc gia (2026), thời hạn và phí là giá trị mẫu',
    ],
    sources: { code: 'D-rec', time: 'E', fee: 'E', docs: 'D-rec+E' },
  }),
];

// ---------------------------------------------------------------------------------------------------------------
// Sở Tài nguyên và Môi trường (Văn phòng Đăng ký đất đai) — rows 40–43, 46
// ---------------------------------------------------------------------------------------------------------------

const LAND_LAWS = [LUAT_DAT_DAI, ND_DAT_DAI, ND_DAT_DAI_SUA_DOI, TT_HO_SO_DIA_CHINH, TT_PHI_HDND];
const VPDKDD = 'Văn phòng Đăng ký đất đai tỉnh, đơn vị thuộc Sở Tài nguyên và Môi trường';
const HP_CODE = 'Mã thủ tục riêng của thành phố Hải Phòng (2025–2026)';
const GCN_RESULT = { name: 'Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất' };
const ORIGINAL_GCN = doc('giay-chung-nhan', 'Bản gốc Giấy chứng nhận đã cấp', 1, 0);
const GCN_FEE = fee('Lệ phí cấp Giấy chứng nhận', null, HDND_FEE);

const taiNguyen: Procedure[] = [
  procedure({
    seedRow: 40,
    seedSrc: 'S / D-rec + S* (nhadatdanang.com quoting NĐ 01/2017) / E / D-rec',
    code: '1.012787',
    relatedCodes: [{ code: '1.115618', note: HP_CODE }],
    name: 'Đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất cho người nhận chuyển nhượng quyền sử dụng đất, quyền sở hữu nhà ở, công trình xây dựng trong dự án bất động sản',
    field: 'Đất đai',
    level: 'PROVINCE',
    decidingAgencyKey: TNMT,
    decidingBodyNote: VPDKDD,
    coordinatingAgencyKeys: [THUE],
    cases: [
      {
        name: 'Người nhận chuyển nhượng trong dự án bất động sản',
        legalTime: wd(10),
        steps: steps(
          receive(wd(0.5)),
          appraise(wd(2.5), 'Văn phòng Đăng ký đất đai kiểm tra hồ sơ, xác nhận nội dung biến động'),
          coordinate(wd(3), 'Chuyển thông tin địa chính đến cơ quan thuế xác định nghĩa vụ tài chính'),
          appraise(wd(2), 'Cập nhật cơ sở dữ liệu địa chính, in Giấy chứng nhận'),
          approve(wd(1), 'Lãnh đạo Sở ký Giấy chứng nhận'),
          issue(wd(1)),
        ),
        note: 'Không tính thời gian người sử dụng đất thực hiện nghĩa vụ tài chính',
      },
    ],
    channels: offer({
      fees: [
        GCN_FEE,
        fee(
          'Thuế thu nhập cá nhân từ chuyển nhượng bất động sản',
          null,
          'Luật Thuế thu nhập cá nhân: 2% giá chuyển nhượng',
          {
            note: 'Nghĩa vụ tài chính do cơ quan thuế xác định, không phải phí của thủ tục',
          },
        ),
        fee('Lệ phí trước bạ nhà, đất', null, 'Nghị định số 140/2016/NĐ-CP: 0,5% giá tính lệ phí trước bạ', {
          note: 'Nghĩa vụ tài chính do cơ quan thuế xác định, không phải phí của thủ tục',
        }),
      ],
    }),
    checklist: [
      doc('don-dang-ky-bien-dong', 'Đơn đăng ký biến động đất đai, tài sản gắn liền với đất', 1, 0, {
        formTemplate: 'Mẫu số 09/ĐK (Thông tư số 24/2014/TT-BTNMT)',
      }),
      doc(
        'hop-dong-chuyen-nhuong',
        'Hợp đồng chuyển nhượng quyền sử dụng đất, mua bán nhà ở đã được công chứng hoặc chứng thực',
        1,
        0,
      ),
      { ...ORIGINAL_GCN, name: 'Bản gốc Giấy chứng nhận đã cấp cho chủ đầu tư dự án (nếu có)', required: false },
      doc('to-khai-thue', 'Tờ khai thuế thu nhập cá nhân, tờ khai lệ phí trước bạ', 1, 0),
    ],
    results: [GCN_RESULT],
    legalBases: LAND_LAWS,
    notes: ['Thời hạn 2019–2024: 10 ngày làm việc (Nghị định số 01/2017/NĐ-CP); Hải Phòng 2025–2026: 5 ngày làm việc'],
    sources: { code: 'S', time: 'D-rec+S*', fee: 'E', docs: 'D-rec' },
  }),
  procedure({
    seedRow: 41,
    seedSrc: 'S / D-rec + S* (docnhanh "7 ngày") / E / D-rec',
    code: '1.012783',
    relatedCodes: [{ code: '1.115613', note: HP_CODE }],
    name: 'Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
    field: 'Đất đai',
    level: 'PROVINCE',
    decidingAgencyKey: TNMT,
    decidingBodyNote: VPDKDD,
    cases: [
      {
        name: 'Cấp đổi Giấy chứng nhận',
        legalTime: wd(7),
        steps: steps(
          receive(wd(0.5)),
          appraise(wd(3), 'Văn phòng Đăng ký đất đai kiểm tra hồ sơ, trích lục hồ sơ địa chính'),
          appraise(wd(1.5), 'In Giấy chứng nhận, cập nhật hồ sơ địa chính'),
          approve(wd(1), 'Lãnh đạo Sở ký Giấy chứng nhận'),
          issue(wd(1)),
        ),
      },
    ],
    channels: offer({ fees: [GCN_FEE] }),
    checklist: [
      doc('don-de-nghi', 'Đơn đề nghị cấp đổi Giấy chứng nhận', 1, 0, {
        formTemplate: 'Mẫu số 10/ĐK (Thông tư số 24/2014/TT-BTNMT)',
      }),
      ORIGINAL_GCN,
      doc('trich-do', 'Mảnh trích đo địa chính thửa đất', 1, 0, OPTIONAL),
    ],
    results: [GCN_RESULT],
    legalBases: LAND_LAWS,
    notes: ['Hải Phòng 2025–2026: 3 ngày làm việc (5 ngày nếu phải đo đạc lại)'],
    sources: { code: 'S', time: 'D-rec+S*', fee: 'E', docs: 'D-rec' },
  }),
  procedure({
    seedRow: 42,
    seedSrc: 'S / D-rec / E / D-rec',
    code: '1.012784',
    relatedCodes: [{ code: '1.115614', note: HP_CODE }],
    name: 'Tách thửa hoặc hợp thửa đất',
    field: 'Đất đai',
    level: 'PROVINCE',
    decidingAgencyKey: TNMT,
    decidingBodyNote: VPDKDD,
    cases: [
      {
        name: 'Tách thửa hoặc hợp thửa',
        legalTime: wd(15),
        steps: steps(
          receive(wd(0.5)),
          appraise(wd(8), 'Đo đạc địa chính, chia tách hoặc hợp thửa, lập trích lục bản đồ'),
          appraise(wd(3), 'Lập hồ sơ, cập nhật biến động, in Giấy chứng nhận'),
          approve(wd(2), 'Lãnh đạo Sở ký Giấy chứng nhận'),
          issue(wd(1.5)),
        ),
      },
    ],
    channels: offer({
      fees: [GCN_FEE, fee('Phí đo đạc, lập bản đồ địa chính', null, HDND_FEE)],
    }),
    checklist: [
      doc('don-de-nghi', 'Đơn đề nghị tách thửa đất, hợp thửa đất', 1, 0, {
        formTemplate: 'Mẫu số 11/ĐK (Thông tư số 24/2014/TT-BTNMT)',
      }),
      ORIGINAL_GCN,
    ],
    results: [GCN_RESULT],
    legalBases: LAND_LAWS,
    notes: [
      'Thời hạn 2019–2024: 15 ngày làm việc (giá trị mẫu); Hải Phòng 2025–2026: 7,5 ngày làm việc (9,5 ngày trường hợp khác)',
    ],
    sources: { code: 'S', time: 'E', fee: 'E', docs: 'D-rec' },
  }),
  procedure({
    seedRow: 43,
    seedSrc: 'S / D-rec / E / D-rec',
    code: '1.012786',
    relatedCodes: [{ code: '1.115615', note: HP_CODE }],
    name: 'Cấp lại Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất do bị mất',
    field: 'Đất đai',
    level: 'PROVINCE',
    decidingAgencyKey: TNMT,
    decidingBodyNote: VPDKDD,
    // Liên thông: the commune People's Committee posts the loss notice (communes stand under the district key).
    coordinatingAgencyKeys: [TP_HAI_DUONG],
    cases: [
      {
        name: 'Cấp lại Giấy chứng nhận bị mất',
        legalTime: wd(10),
        steps: steps(
          receive(wd(0.5)),
          appraise(wd(3), 'Kiểm tra hồ sơ, trích lục bản đồ và hồ sơ địa chính'),
          coordinate(wd(1), 'Ủy ban nhân dân cấp xã xác nhận việc niêm yết thông báo mất Giấy chứng nhận'),
          appraise(wd(3), 'Lập quyết định hủy Giấy chứng nhận bị mất, in Giấy chứng nhận mới'),
          approve(wd(1.5), 'Lãnh đạo Sở ký Giấy chứng nhận'),
          issue(wd(1)),
        ),
        note: 'Không tính thời gian niêm yết thông báo mất Giấy chứng nhận (15 ngày)',
      },
    ],
    channels: offer({ fees: [GCN_FEE] }),
    checklist: [
      doc('don-de-nghi', 'Đơn đề nghị cấp lại Giấy chứng nhận', 1, 0, {
        formTemplate: 'Mẫu số 10/ĐK (Thông tư số 24/2014/TT-BTNMT)',
      }),
      doc(
        'xac-nhan-niem-yet',
        'Giấy xác nhận của Ủy ban nhân dân cấp xã về việc đã niêm yết thông báo mất Giấy chứng nhận trong thời gian 15 ngày',
        1,
        0,
      ),
    ],
    results: [GCN_RESULT],
    legalBases: LAND_LAWS,
    notes: ['Thời hạn 2019–2024: 10 ngày làm việc (giá trị mẫu); Hải Phòng 2025–2026: 5 ngày làm việc'],
    sources: { code: 'S', time: 'E', fee: 'E', docs: 'D-rec' },
  }),
  procedure({
    seedRow: 46,
    seedSrc: 'S / D-rec / E / D-rec',
    code: '1.115629',
    name: 'Đăng ký biến động đối với trường hợp đổi tên hoặc thay đổi thông tin về người sử dụng đất, chủ sở hữu tài sản gắn liền với đất; thay đổi số hiệu, địa chỉ thửa đất',
    field: 'Đất đai',
    level: 'PROVINCE',
    decidingAgencyKey: TNMT,
    decidingBodyNote: VPDKDD,
    cases: [
      {
        name: 'Đăng ký biến động thông tin',
        legalTime: wd(3),
        steps: steps(
          receive(wd(0.5)),
          appraise(wd(1.5), 'Kiểm tra hồ sơ, chỉnh lý Giấy chứng nhận và hồ sơ địa chính'),
          approve(wd(0.5), 'Lãnh đạo Văn phòng Đăng ký đất đai xác nhận thay đổi'),
          issue(wd(0.5)),
        ),
      },
    ],
    // The table gives "TT/MP": the certificate has to be handed in, so partial online.
    channels: offer({ fees: [GCN_FEE] }),
    checklist: [
      doc('don-dang-ky-bien-dong', 'Đơn đăng ký biến động đất đai, tài sản gắn liền với đất', 1, 0, {
        formTemplate: 'Mẫu số 09/ĐK (Thông tư số 24/2014/TT-BTNMT)',
      }),
      ORIGINAL_GCN,
      doc('giay-to-thay-doi', 'Bản sao giấy tờ chứng minh nội dung thay đổi', 0, 1),
    ],
    results: [{ name: 'Giấy chứng nhận đã được chỉnh lý, xác nhận thay đổi' }],
    legalBases: LAND_LAWS,
    notes: ['Chỉ tìm được mã riêng của thành phố Hải Phòng (1.115629); thời hạn 3 ngày là giá trị 2025–2026'],
    sources: { code: 'S', time: 'D-rec', fee: 'E', docs: 'D-rec' },
  }),
];

// ---------------------------------------------------------------------------------------------------------------
// Sở Y tế — rows 47–48; Sở Văn hóa, Thể thao và Du lịch — rows 49–50; Sở Lao động - TB&XH — rows 51–52
// ---------------------------------------------------------------------------------------------------------------

const yTe: Procedure[] = [
  procedure({
    seedRow: 47,
    seedSrc: 'S / E / E / E',
    code: '1.014076',
    name: 'Cấp Giấy chứng nhận đủ điều kiện kinh doanh dược (nhà thuốc, quầy thuốc, tủ thuốc trạm y tế xã) thuộc thẩm quyền của Sở Y tế',
    field: 'Dược phẩm',
    level: 'PROVINCE',
    decidingAgencyKey: Y_TE,
    cases: [
      {
        name: 'Cơ sở bán lẻ thuốc',
        legalTime: wd(20),
        steps: steps(
          receive(wd(0.5)),
          appraise(wd(5), 'Phòng Nghiệp vụ Dược thẩm định hồ sơ'),
          appraise(wd(10), 'Đoàn đánh giá thực tế tại cơ sở'),
          appraise(wd(2), 'Lập biên bản đánh giá, dự thảo Giấy chứng nhận'),
          approve(wd(1.5), 'Giám đốc Sở ký Giấy chứng nhận'),
          issue(wd(1)),
        ),
      },
    ],
    channels: offer({ fees: [fee('Phí thẩm định điều kiện kinh doanh dược', null, 'Thông tư số 277/2016/TT-BTC')] }),
    checklist: [
      doc('don-de-nghi', 'Đơn đề nghị cấp Giấy chứng nhận đủ điều kiện kinh doanh dược', 1, 0, {
        formTemplate: 'Mẫu tại Phụ lục I Nghị định số 54/2017/NĐ-CP',
      }),
      doc('tai-lieu-ky-thuat', 'Tài liệu kỹ thuật tương ứng với cơ sở kinh doanh dược', 1, 0),
      doc('chung-chi-hanh-nghe', 'Bản sao Chứng chỉ hành nghề dược của người chịu trách nhiệm chuyên môn', 0, 1),
    ],
    results: [{ name: 'Giấy chứng nhận đủ điều kiện kinh doanh dược' }],
    legalBases: [LUAT_DUOC, ND_DUOC, TT_PHI_DUOC],
    sources: { code: 'S', time: 'E', fee: 'E', docs: 'E' },
  }),
  procedure({
    seedRow: 48,
    seedSrc: 'S / E / E / E',
    code: '1.014092',
    name: 'Cấp Chứng chỉ hành nghề dược',
    field: 'Dược phẩm',
    level: 'PROVINCE',
    decidingAgencyKey: Y_TE,
    cases: [
      {
        name: 'Cấp Chứng chỉ hành nghề dược theo hình thức xét hồ sơ',
        legalTime: wd(10),
        steps: steps(
          receive(wd(0.5)),
          appraise(wd(4), 'Phòng Nghiệp vụ Dược thẩm định hồ sơ'),
          appraise(wd(3), 'Hội đồng tư vấn cấp Chứng chỉ hành nghề dược xem xét'),
          approve(wd(1.5), 'Giám đốc Sở ký Chứng chỉ'),
          issue(wd(1)),
        ),
      },
    ],
    channels: offer({
      fees: [
        fee('Phí thẩm định cấp Chứng chỉ hành nghề dược', 500_000, 'Thông tư số 277/2016/TT-BTC', {
          note: 'Giá trị mẫu',
        }),
      ],
    }),
    checklist: [
      doc('don-de-nghi', 'Đơn đề nghị cấp Chứng chỉ hành nghề dược', 1, 0, {
        formTemplate: 'Mẫu tại Phụ lục I Nghị định số 54/2017/NĐ-CP',
      }),
      doc('van-bang', 'Bản sao có chứng thực văn bằng chuyên môn', 0, 1),
      doc('xac-nhan-thuc-hanh', 'Giấy xác nhận thời gian thực hành chuyên môn', 1, 0),
      doc('giay-kham-suc-khoe', 'Giấy chứng nhận đủ sức khỏe để hành nghề dược', 1, 0),
      doc('anh', 'Ảnh chân dung cỡ 4x6 cm', 2, 0),
    ],
    results: [{ name: 'Chứng chỉ hành nghề dược' }],
    legalBases: [LUAT_DUOC, ND_DUOC, TT_PHI_DUOC],
    sources: { code: 'S', time: 'E', fee: 'E', docs: 'E' },
  }),
];

const vanHoa: Procedure[] = [
  procedure({
    seedRow: 49,
    seedSrc: 'S / E / E / E',
    code: '1.001029',
    name: 'Cấp Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke',
    field: 'Văn hóa',
    level: 'PROVINCE',
    decidingAgencyKey: VHTTDL,
    // Nghị định số 54/2019/NĐ-CP in force.
    effectiveFrom: '2019-08-15',
    cases: [
      {
        name: 'Cấp Giấy phép kinh doanh dịch vụ karaoke',
        legalTime: wd(5),
        steps: steps(
          receive(wd(0.5)),
          appraise(wd(3), 'Phòng Quản lý văn hóa thẩm định hồ sơ, kiểm tra thực tế phòng hát'),
          approve(wd(1), 'Lãnh đạo Sở ký Giấy phép'),
          issue(wd(0.5)),
        ),
      },
    ],
    channels: offer({
      fees: [
        fee(
          'Phí thẩm định cấp giấy phép kinh doanh karaoke (từ 01 đến 03 phòng)',
          4_000_000,
          'Thông tư số 212/2016/TT-BTC',
          {
            note: 'Mức tại thành phố thuộc tỉnh; nơi khác thấp hơn (giá trị mẫu)',
          },
        ),
        fee(
          'Phí thẩm định cấp giấy phép kinh doanh karaoke (từ 04 đến 05 phòng)',
          6_000_000,
          'Thông tư số 212/2016/TT-BTC',
          {
            note: 'Giá trị mẫu',
          },
        ),
      ],
    }),
    checklist: [
      doc('don-de-nghi', 'Đơn đề nghị cấp Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke', 1, 0, {
        formTemplate: 'Mẫu số 01 Nghị định số 54/2019/NĐ-CP',
      }),
      doc(
        'ban-sao-dkdn',
        'Bản sao Giấy chứng nhận đăng ký doanh nghiệp hoặc Giấy chứng nhận đăng ký hộ kinh doanh',
        0,
        1,
      ),
      doc(
        'dieu-kien-phong-hat',
        'Tài liệu chứng minh phòng hát đủ điều kiện (diện tích, cửa, thiết bị) và giấy tờ về phòng cháy, chữa cháy',
        0,
        1,
      ),
    ],
    results: [{ name: 'Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke' }],
    legalBases: [
      law('54/2019/NĐ-CP', 'Nghị định quy định về kinh doanh dịch vụ karaoke, dịch vụ vũ trường'),
      law('212/2016/TT-BTC', 'Thông tư quy định mức thu phí thẩm định cấp giấy phép kinh doanh karaoke, vũ trường'),
    ],
    notes: ['Trước 2025 một phần do Ủy ban nhân dân cấp huyện cấp'],
    sources: { code: 'S', time: 'E', fee: 'E', docs: 'E' },
  }),
  procedure({
    seedRow: 50,
    seedSrc: 'S / E / E / E',
    code: '1.004623',
    name: 'Cấp thẻ hướng dẫn viên du lịch nội địa',
    field: 'Du lịch',
    level: 'PROVINCE',
    decidingAgencyKey: VHTTDL,
    cases: [
      {
        name: 'Cấp thẻ hướng dẫn viên du lịch nội địa',
        legalTime: wd(10),
        steps: steps(
          receive(wd(0.5)),
          appraise(wd(6), 'Phòng Quản lý du lịch thẩm định hồ sơ'),
          approve(wd(2), 'Lãnh đạo Sở ký duyệt, cấp thẻ'),
          issue(wd(1.5), 'In thẻ, cập nhật cơ sở dữ liệu hướng dẫn viên'),
        ),
      },
    ],
    channels: offer({
      online: 'ONLINE_FULL',
      fees: [
        fee('Phí thẩm định cấp thẻ hướng dẫn viên du lịch nội địa', 650_000, 'Thông tư số 33/2018/TT-BTC', {
          note: 'Giá trị mẫu',
        }),
      ],
    }),
    checklist: [
      doc('don-de-nghi', 'Đơn đề nghị cấp thẻ hướng dẫn viên du lịch', 1, 0, { eForm: true }),
      doc('so-yeu-ly-lich', 'Sơ yếu lý lịch có xác nhận', 1, 0),
      doc('chung-chi', 'Bản sao có chứng thực bằng hoặc chứng chỉ nghiệp vụ hướng dẫn du lịch nội địa', 0, 1),
      doc('giay-kham-suc-khoe', 'Giấy chứng nhận sức khỏe do cơ sở y tế cấp trong thời hạn không quá 06 tháng', 1, 0),
      doc('anh', 'Ảnh chân dung cỡ 3x4 cm', 2, 0),
    ],
    results: [{ name: 'Thẻ hướng dẫn viên du lịch nội địa' }],
    legalBases: [
      law('09/2017/QH14', 'Luật Du lịch'),
      law('06/2017/TT-BVHTTDL', 'Thông tư quy định chi tiết một số điều của Luật Du lịch'),
      law('33/2018/TT-BTC', 'Thông tư quy định mức thu phí thẩm định cấp thẻ hướng dẫn viên du lịch'),
    ],
    sources: { code: 'S', time: 'E', fee: 'E', docs: 'E' },
  }),
];

const laoDong: Procedure[] = [
  procedure({
    seedRow: 51,
    seedSrc: 'S / E / E / E',
    code: '1.014748',
    name: 'Giải quyết hưởng trợ cấp thất nghiệp',
    field: 'Việc làm',
    level: 'PROVINCE',
    decidingAgencyKey: LDTBXH,
    decidingBodyNote:
      'Trung tâm Dịch vụ việc làm thuộc Sở Lao động - Thương binh và Xã hội tiếp nhận, Giám đốc Sở quyết định',
    // Unemployment dossiers go to the job-service centre, not to the one-stop center (E).
    receivingAgencyKey: LDTBXH,
    coordinatingAgencyKeys: [BHXH],
    cases: [
      {
        name: 'Hưởng trợ cấp thất nghiệp',
        legalTime: wd(20),
        steps: steps(
          receive(wd(0.5), 'Trung tâm Dịch vụ việc làm tiếp nhận, kiểm tra hồ sơ'),
          appraise(wd(12), 'Xem xét, dự thảo quyết định hưởng trợ cấp thất nghiệp'),
          approve(wd(3), 'Giám đốc Sở ký quyết định'),
          issue(wd(1.5), 'Trả quyết định, gửi cơ quan bảo hiểm xã hội'),
          coordinate(wd(3), 'Cơ quan bảo hiểm xã hội chi trả trợ cấp tháng đầu, cấp thẻ bảo hiểm y tế'),
        ),
      },
    ],
    channels: offer({}),
    checklist: [
      doc('de-nghi', 'Đề nghị hưởng trợ cấp thất nghiệp', 1, 0, {
        formTemplate: 'Mẫu số 03 Thông tư số 28/2015/TT-BLĐTBXH',
      }),
      doc(
        'cham-dut-hdld',
        'Bản chính hoặc bản sao có chứng thực quyết định, thông báo chấm dứt hợp đồng lao động',
        0,
        1,
      ),
      doc('so-bhxh', 'Sổ bảo hiểm xã hội', 1, 0),
    ],
    results: [{ name: 'Quyết định về việc hưởng trợ cấp thất nghiệp' }],
    legalBases: [
      LUAT_VIEC_LAM,
      law('28/2015/NĐ-CP', 'Nghị định quy định chi tiết Luật Việc làm về bảo hiểm thất nghiệp'),
    ],
    notes: ['Thủ tục cấp tỉnh; từ 01/3/2025 thuộc Sở Nội vụ'],
    sources: { code: 'S', time: 'E', fee: 'E', docs: 'E' },
  }),
  procedure({
    seedRow: 52,
    seedSrc: 'S / E / E / E',
    code: '1.014199',
    name: 'Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam',
    field: 'Việc làm',
    level: 'PROVINCE',
    decidingAgencyKey: LDTBXH,
    // Nghị định số 152/2020/NĐ-CP in force.
    effectiveFrom: '2021-02-15',
    cases: [
      {
        name: 'Cấp giấy phép lao động',
        legalTime: wd(5),
        steps: steps(
          receive(wd(0.5)),
          appraise(wd(2.5), 'Phòng Việc làm - An toàn lao động thẩm định hồ sơ'),
          approve(wd(1), 'Lãnh đạo Sở ký giấy phép lao động'),
          issue(wd(1)),
        ),
      },
    ],
    channels: offer({
      online: 'ONLINE_FULL',
      fees: [fee('Lệ phí cấp giấy phép lao động', 600_000, HDND_FEE, { note: 'Mức 600.000 đồng là giá trị mẫu' })],
    }),
    checklist: [
      doc('van-ban-de-nghi', 'Văn bản đề nghị cấp giấy phép lao động của người sử dụng lao động', 1, 0, {
        eForm: true,
      }),
      doc('giay-kham-suc-khoe', 'Giấy chứng nhận sức khỏe', 1, 0),
      doc(
        'ly-lich-tu-phap',
        'Phiếu lý lịch tư pháp hoặc văn bản xác nhận không phải là người phạm tội (do nước ngoài cấp)',
        1,
        0,
      ),
      doc(
        'chung-minh-chuyen-gia',
        'Văn bản chứng minh là nhà quản lý, giám đốc điều hành, chuyên gia hoặc lao động kỹ thuật',
        0,
        1,
      ),
      doc('ho-chieu', 'Bản sao có chứng thực hộ chiếu', 0, 1),
      doc('anh', 'Ảnh màu cỡ 4x6 cm nền trắng', 2, 0),
      doc('chap-thuan-nhu-cau', 'Bản sao văn bản chấp thuận nhu cầu sử dụng người lao động nước ngoài', 0, 1),
    ],
    results: [{ name: 'Giấy phép lao động' }],
    legalBases: [
      BO_LUAT_LAO_DONG,
      law('152/2020/NĐ-CP', 'Nghị định quy định về người lao động nước ngoài làm việc tại Việt Nam'),
      TT_PHI_HDND,
    ],
    sources: { code: 'S', time: 'E', fee: 'E', docs: 'E' },
  }),
];

// ---------------------------------------------------------------------------------------------------------------
// Added procedures: every department that handles procedures gets at least two. Codes from the "Extra catalogue
// entries verified" list of haiduong-reference.md §6 are S; where no code was found the code is a demo code in
// the 6.9xxxxx range so it cannot be mistaken for a national one. Times, fees and documents are demo values (E).
// ---------------------------------------------------------------------------------------------------------------

const ADDED_NOTE = 'Thủ tục bổ sung ngoài bảng 52 thủ tục: thời hạn, phí, lệ phí và thành phần hồ sơ là giá trị mẫu';
const ALL_E = { code: 'E', time: 'E', fee: 'E', docs: 'E' } as const;
const CODE_S = { code: 'S', time: 'E', fee: 'E', docs: 'E' } as const;

/** An added procedure: a real procedure of the department, values marked as demo values. */
function added(spec: Spec, demoCode: boolean): Procedure {
  return procedure({ ...spec, notes: [...(demoCode ? [DEMO_CODE_NOTE] : []), ADDED_NOTE, ...(spec.notes ?? [])] });
}

const vanPhong: Procedure[] = [
  added(
    {
      code: '6.900001',
      name: 'Cho phép sử dụng thẻ đi lại của doanh nhân APEC (thẻ ABTC)',
      field: 'Ngoại vụ',
      level: 'PROVINCE',
      decidingAgencyKey: VP,
      decidingBodyNote:
        'Văn phòng Ủy ban nhân dân tỉnh tham mưu; Chủ tịch Ủy ban nhân dân tỉnh cho phép (tỉnh không có Sở Ngoại vụ)',
      coordinatingAgencyKeys: [CONG_AN],
      cases: [
        {
          name: 'Cho phép sử dụng thẻ ABTC',
          legalTime: wd(10),
          steps: steps(
            receive(wd(0.5)),
            appraise(wd(3), 'Phòng Ngoại vụ kiểm tra hồ sơ, lấy ý kiến'),
            coordinate(wd(3), 'Công an tỉnh cho ý kiến về nhân thân doanh nhân'),
            appraise(wd(1.5), 'Tổng hợp ý kiến, trình Chủ tịch Ủy ban nhân dân tỉnh'),
            approve(wd(1.5), 'Chủ tịch Ủy ban nhân dân tỉnh ký văn bản cho phép'),
            issue(wd(0.5)),
          ),
        },
      ],
      channels: offer({}),
      checklist: [
        doc('van-ban-de-nghi', 'Văn bản đề nghị của doanh nghiệp cho phép doanh nhân sử dụng thẻ ABTC', 1, 0),
        doc('ban-sao-dkdn', 'Bản sao Giấy chứng nhận đăng ký doanh nghiệp', 0, 1),
        doc('ho-chieu', 'Bản sao hộ chiếu còn giá trị của doanh nhân', 0, 1),
        doc(
          'quan-he-kinh-te',
          'Giấy tờ chứng minh quan hệ kinh tế, thương mại với đối tác thuộc các nền kinh tế thành viên APEC',
          0,
          1,
        ),
        doc(
          'xac-nhan-bhxh',
          'Văn bản xác nhận của cơ quan bảo hiểm xã hội về việc đóng bảo hiểm xã hội của doanh nhân',
          1,
          0,
        ),
      ],
      results: [{ name: 'Văn bản cho phép sử dụng thẻ đi lại của doanh nhân APEC' }],
      legalBases: [
        law('45/2006/QĐ-TTg', 'Quyết định ban hành Quy chế cấp và quản lý thẻ đi lại của doanh nhân APEC'),
        law('54/2015/QĐ-TTg', 'Quyết định sửa đổi, bổ sung Quy chế cấp và quản lý thẻ đi lại của doanh nhân APEC'),
      ],
      sources: ALL_E,
    },
    true,
  ),
  added(
    {
      code: '6.900002',
      name: 'Cho phép tổ chức hội nghị, hội thảo quốc tế thuộc thẩm quyền cho phép của Chủ tịch Ủy ban nhân dân tỉnh',
      field: 'Ngoại vụ',
      level: 'PROVINCE',
      decidingAgencyKey: VP,
      decidingBodyNote: 'Văn phòng Ủy ban nhân dân tỉnh tham mưu; Chủ tịch Ủy ban nhân dân tỉnh cho phép',
      coordinatingAgencyKeys: [CONG_AN],
      cases: [
        {
          name: 'Cho phép tổ chức hội nghị, hội thảo quốc tế',
          legalTime: wd(10),
          steps: steps(
            receive(wd(0.5)),
            appraise(wd(2.5), 'Phòng Ngoại vụ thẩm định đề án, lấy ý kiến'),
            coordinate(wd(3), 'Công an tỉnh cho ý kiến về an ninh, trật tự'),
            appraise(wd(2), 'Tổng hợp ý kiến, trình Chủ tịch Ủy ban nhân dân tỉnh'),
            approve(wd(1.5), 'Chủ tịch Ủy ban nhân dân tỉnh ký văn bản cho phép'),
            issue(wd(0.5)),
          ),
        },
      ],
      channels: offer({}),
      checklist: [
        doc('van-ban-de-nghi', 'Văn bản đề nghị cho phép tổ chức hội nghị, hội thảo quốc tế', 1, 0),
        doc('de-an', 'Đề án tổ chức: mục đích, nội dung, chương trình, thành phần tham dự, kinh phí', 1, 0),
        doc('danh-sach-dai-bieu', 'Danh sách đại biểu nước ngoài dự kiến tham dự', 1, 0),
      ],
      results: [{ name: 'Văn bản cho phép tổ chức hội nghị, hội thảo quốc tế' }],
      legalBases: [law('06/2020/QĐ-TTg', 'Quyết định về tổ chức và quản lý hội nghị, hội thảo quốc tế tại Việt Nam')],
      notes: ['Trước năm 2020 theo Quyết định số 76/2010/QĐ-TTg'],
      sources: ALL_E,
    },
    true,
  ),
];

const HOI_LAWS = [
  law('45/2010/NĐ-CP', 'Nghị định quy định về tổ chức, hoạt động và quản lý hội'),
  law('33/2012/NĐ-CP', 'Nghị định sửa đổi, bổ sung một số điều của Nghị định số 45/2010/NĐ-CP'),
  law('03/2013/TT-BNV', 'Thông tư quy định chi tiết thi hành Nghị định số 45/2010/NĐ-CP và Nghị định số 33/2012/NĐ-CP'),
];

const noiVu: Procedure[] = [
  added(
    {
      code: '1.012929',
      name: 'Thủ tục thành lập hội (cấp tỉnh)',
      field: 'Tổ chức phi chính phủ',
      level: 'PROVINCE',
      decidingAgencyKey: NOI_VU,
      decidingBodyNote: 'Sở Nội vụ thẩm định; Chủ tịch Ủy ban nhân dân tỉnh quyết định cho phép thành lập',
      cases: [
        {
          name: 'Thành lập hội có phạm vi hoạt động trong tỉnh',
          legalTime: wd(30),
          steps: steps(
            receive(wd(0.5)),
            appraise(
              wd(20),
              'Phòng Tổ chức, biên chế và tổ chức phi chính phủ thẩm định, lấy ý kiến cơ quan quản lý ngành',
            ),
            appraise(wd(5), 'Trình Chủ tịch Ủy ban nhân dân tỉnh'),
            approve(wd(3), 'Chủ tịch Ủy ban nhân dân tỉnh ký quyết định cho phép thành lập hội'),
            issue(wd(1.5)),
          ),
        },
      ],
      channels: offer({}),
      checklist: [
        doc('don-de-nghi', 'Đơn đề nghị thành lập hội', 1, 0),
        doc('du-thao-dieu-le', 'Dự thảo điều lệ hội', 1, 0),
        doc('quyet-dinh-ban-van-dong', 'Bản sao quyết định công nhận ban vận động thành lập hội', 0, 1),
        doc('danh-sach-hoi-vien', 'Danh sách những người đăng ký tham gia hội', 1, 0),
        doc('tru-so', 'Văn bản xác nhận nơi dự kiến đặt trụ sở của hội', 1, 0),
      ],
      results: [{ name: 'Quyết định cho phép thành lập hội' }],
      legalBases: HOI_LAWS,
      notes: ['Mã 1.012929 là mã hiện hành (Nghị định số 126/2024/NĐ-CP); giai đoạn 2019–2024 có mã khác'],
      sources: CODE_S,
    },
    false,
  ),
  added(
    {
      code: '6.900003',
      name: 'Thủ tục phê duyệt điều lệ hội (cấp tỉnh)',
      field: 'Tổ chức phi chính phủ',
      level: 'PROVINCE',
      decidingAgencyKey: NOI_VU,
      decidingBodyNote: 'Sở Nội vụ thẩm định; Chủ tịch Ủy ban nhân dân tỉnh phê duyệt',
      cases: [
        {
          name: 'Phê duyệt điều lệ hội',
          legalTime: wd(30),
          steps: steps(
            receive(wd(0.5)),
            appraise(wd(18), 'Phòng Tổ chức, biên chế và tổ chức phi chính phủ thẩm định điều lệ'),
            appraise(wd(6), 'Trình Chủ tịch Ủy ban nhân dân tỉnh'),
            approve(wd(4), 'Chủ tịch Ủy ban nhân dân tỉnh ký quyết định phê duyệt điều lệ'),
            issue(wd(1.5)),
          ),
        },
      ],
      channels: offer({}),
      checklist: [
        doc('don-de-nghi', 'Đơn đề nghị phê duyệt điều lệ hội', 1, 0),
        doc('dieu-le', 'Điều lệ và biên bản thông qua điều lệ hội', 1, 0),
        doc('nghi-quyet-dai-hoi', 'Nghị quyết đại hội', 1, 0),
      ],
      results: [{ name: 'Quyết định phê duyệt điều lệ hội' }],
      legalBases: HOI_LAWS,
      sources: ALL_E,
    },
    true,
  ),
];

const MSNS_LAW = law('185/2015/TT-BTC', 'Thông tư hướng dẫn đăng ký, cấp mã số đơn vị có quan hệ với ngân sách');

const taiChinh: Procedure[] = [
  added(
    {
      code: '6.900004',
      name: 'Đăng ký mã số đơn vị có quan hệ với ngân sách',
      field: 'Tin học - Thống kê tài chính',
      level: 'PROVINCE',
      decidingAgencyKey: TAI_CHINH,
      cases: [
        {
          name: 'Đơn vị dự toán, đơn vị sử dụng ngân sách',
          legalTime: wd(2),
          steps: steps(
            receive(wd(0.5)),
            appraise(wd(0.75), 'Kiểm tra tờ khai, cấp mã số trên hệ thống'),
            approve(wd(0.5), 'Lãnh đạo Sở ký Giấy chứng nhận mã số'),
            issue(wd(0.25)),
          ),
        },
      ],
      channels: offer({ online: 'ONLINE_FULL' }),
      checklist: [
        doc('to-khai', 'Tờ khai đăng ký mã số đơn vị có quan hệ với ngân sách', 1, 0, {
          formTemplate: 'Mẫu số 01-MSNS-BTC (Thông tư số 185/2015/TT-BTC)',
          eForm: true,
        }),
        doc('quyet-dinh-thanh-lap', 'Bản sao quyết định thành lập đơn vị', 0, 1),
      ],
      results: [{ name: 'Giấy chứng nhận mã số đơn vị có quan hệ với ngân sách', electronic: true }],
      legalBases: [MSNS_LAW],
      sources: ALL_E,
    },
    true,
  ),
  added(
    {
      code: '6.900005',
      name: 'Đăng ký mã số đơn vị có quan hệ với ngân sách cho các dự án đầu tư',
      field: 'Tin học - Thống kê tài chính',
      level: 'PROVINCE',
      decidingAgencyKey: TAI_CHINH,
      cases: [
        {
          name: 'Dự án đầu tư giai đoạn chuẩn bị đầu tư hoặc thực hiện dự án',
          legalTime: wd(2),
          steps: steps(
            receive(wd(0.5)),
            appraise(wd(0.75), 'Kiểm tra tờ khai, cấp mã số dự án trên hệ thống'),
            approve(wd(0.5), 'Lãnh đạo Sở ký Giấy chứng nhận mã số'),
            issue(wd(0.25)),
          ),
        },
      ],
      channels: offer({ online: 'ONLINE_FULL' }),
      checklist: [
        doc('to-khai', 'Tờ khai đăng ký mã số đơn vị có quan hệ với ngân sách dùng cho dự án đầu tư', 1, 0, {
          eForm: true,
        }),
        doc('quyet-dinh-du-an', 'Bản sao quyết định phê duyệt chủ trương đầu tư hoặc quyết định phê duyệt dự án', 0, 1),
      ],
      results: [{ name: 'Giấy chứng nhận mã số đơn vị có quan hệ với ngân sách', electronic: true }],
      legalBases: [MSNS_LAW],
      sources: ALL_E,
    },
    true,
  ),
];

const PHI_THAM_DINH_THUONG_MAI = law(
  '168/2016/TT-BTC',
  'Thông tư quy định mức thu phí thẩm định kinh doanh hàng hóa, dịch vụ hạn chế kinh doanh; kinh doanh có điều kiện thuộc lĩnh vực thương mại',
);

const congThuong: Procedure[] = [
  added(
    {
      code: '6.900006',
      name: 'Cấp Giấy phép bán buôn sản phẩm rượu trên địa bàn tỉnh',
      field: 'Lưu thông hàng hóa trong nước',
      level: 'PROVINCE',
      decidingAgencyKey: CONG_THUONG,
      cases: [
        {
          name: 'Cấp Giấy phép bán buôn sản phẩm rượu',
          legalTime: wd(15),
          steps: steps(
            receive(wd(0.5)),
            appraise(wd(10), 'Phòng Quản lý thương mại thẩm định hồ sơ, kiểm tra thực tế (nếu cần)'),
            appraise(wd(2), 'Dự thảo Giấy phép'),
            approve(wd(1.5), 'Lãnh đạo Sở ký Giấy phép'),
            issue(wd(1)),
          ),
        },
      ],
      channels: offer({
        fees: [fee('Phí thẩm định cấp Giấy phép bán buôn sản phẩm rượu', null, 'Thông tư số 168/2016/TT-BTC')],
      }),
      checklist: [
        doc('don-de-nghi', 'Đơn đề nghị cấp Giấy phép bán buôn sản phẩm rượu', 1, 0),
        doc('ban-sao-dkdn', 'Bản sao Giấy chứng nhận đăng ký doanh nghiệp', 0, 1),
        doc('kho-hang', 'Bản sao hợp đồng thuê hoặc giấy tờ chứng minh quyền sử dụng kho hàng', 0, 1),
        doc(
          'hop-dong-nha-cung-cap',
          'Bản sao văn bản giới thiệu hoặc hợp đồng với thương nhân sản xuất, phân phối rượu',
          0,
          1,
        ),
      ],
      results: [{ name: 'Giấy phép bán buôn sản phẩm rượu' }],
      legalBases: [law('105/2017/NĐ-CP', 'Nghị định về kinh doanh rượu'), PHI_THAM_DINH_THUONG_MAI],
      sources: ALL_E,
    },
    true,
  ),
  added(
    {
      code: '6.900007',
      name: 'Cấp Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu',
      field: 'Kinh doanh khí, xăng dầu',
      level: 'PROVINCE',
      decidingAgencyKey: CONG_THUONG,
      cases: [
        {
          name: 'Cấp mới Giấy chứng nhận',
          legalTime: wd(20),
          steps: steps(
            receive(wd(0.5)),
            appraise(wd(8), 'Phòng Quản lý thương mại thẩm định hồ sơ'),
            appraise(wd(7), 'Kiểm tra thực tế cửa hàng xăng dầu'),
            appraise(wd(2), 'Dự thảo Giấy chứng nhận'),
            approve(wd(1.5), 'Lãnh đạo Sở ký Giấy chứng nhận'),
            issue(wd(1)),
          ),
        },
      ],
      channels: offer({
        fees: [
          fee(
            'Phí thẩm định cấp Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu',
            null,
            'Thông tư số 168/2016/TT-BTC',
          ),
        ],
      }),
      checklist: [
        doc('don-de-nghi', 'Đơn đề nghị cấp Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu', 1, 0),
        doc('ban-sao-dkdn', 'Bản sao Giấy chứng nhận đăng ký doanh nghiệp', 0, 1),
        doc('quyen-su-dung-cua-hang', 'Bản sao tài liệu chứng minh quyền sử dụng hợp pháp cửa hàng', 0, 1),
        doc(
          'pccc',
          'Bản sao giấy chứng nhận thẩm duyệt thiết kế và biên bản nghiệm thu về phòng cháy, chữa cháy',
          0,
          1,
        ),
        doc(
          'chung-chi-nghiep-vu',
          'Bản sao chứng chỉ đào tạo nghiệp vụ phòng cháy, chữa cháy và bảo vệ môi trường của người lao động',
          0,
          1,
        ),
      ],
      results: [{ name: 'Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu' }],
      legalBases: [law('83/2014/NĐ-CP', 'Nghị định về kinh doanh xăng dầu'), PHI_THAM_DINH_THUONG_MAI],
      sources: ALL_E,
    },
    true,
  ),
];

const nongNghiep: Procedure[] = [
  added(
    {
      code: '6.900008',
      name: 'Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất, kinh doanh nông, lâm, thủy sản',
      field: 'Quản lý chất lượng nông lâm sản và thủy sản',
      level: 'PROVINCE',
      decidingAgencyKey: NNPTNT,
      decidingBodyNote:
        'Chi cục Quản lý chất lượng nông lâm sản và thủy sản thuộc Sở Nông nghiệp và Phát triển nông thôn',
      cases: [
        {
          name: 'Cấp mới Giấy chứng nhận',
          legalTime: wd(15),
          steps: steps(
            receive(wd(0.5)),
            appraise(wd(4), 'Thẩm định hồ sơ'),
            appraise(wd(7), 'Thẩm định thực tế điều kiện an toàn thực phẩm tại cơ sở'),
            approve(wd(2), 'Lãnh đạo Chi cục ký Giấy chứng nhận'),
            issue(wd(1.5)),
          ),
        },
      ],
      channels: offer({
        fees: [
          fee(
            'Phí thẩm định cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm',
            null,
            'Quy định của Bộ Tài chính (giá trị mẫu)',
          ),
        ],
      }),
      checklist: [
        doc('don-de-nghi', 'Đơn đề nghị cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm', 1, 0),
        doc(
          'thuyet-minh',
          'Bản thuyết minh về cơ sở vật chất, trang thiết bị, dụng cụ bảo đảm điều kiện an toàn thực phẩm',
          1,
          0,
        ),
        doc(
          'xac-nhan-suc-khoe-kien-thuc',
          'Giấy xác nhận đủ sức khỏe và giấy xác nhận kiến thức về an toàn thực phẩm của chủ cơ sở và người trực tiếp sản xuất, kinh doanh',
          0,
          1,
        ),
      ],
      results: [{ name: 'Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm' }],
      legalBases: [
        law('55/2010/QH12', 'Luật An toàn thực phẩm'),
        law('15/2018/NĐ-CP', 'Nghị định quy định chi tiết thi hành một số điều của Luật An toàn thực phẩm'),
        law(
          '38/2018/TT-BNNPTNT',
          'Thông tư quy định việc thẩm định, chứng nhận cơ sở đủ điều kiện an toàn thực phẩm nông lâm thủy sản',
        ),
      ],
      sources: ALL_E,
    },
    true,
  ),
  added(
    {
      code: '6.900009',
      name: 'Cấp chứng chỉ hành nghề thú y (gồm tiêm phòng, chữa bệnh, phẫu thuật động vật; tư vấn các hoạt động liên quan đến lĩnh vực thú y; khám bệnh, chẩn đoán bệnh, xét nghiệm bệnh động vật; buôn bán thuốc thú y)',
      field: 'Thú y',
      level: 'PROVINCE',
      decidingAgencyKey: NNPTNT,
      decidingBodyNote: 'Chi cục Chăn nuôi và Thú y thuộc Sở Nông nghiệp và Phát triển nông thôn',
      cases: [
        {
          name: 'Cấp chứng chỉ hành nghề thú y',
          legalTime: wd(5),
          steps: steps(
            receive(wd(0.5)),
            appraise(wd(2.5), 'Thẩm định hồ sơ'),
            approve(wd(1), 'Lãnh đạo Chi cục ký chứng chỉ'),
            issue(wd(1)),
          ),
        },
      ],
      channels: offer({
        fees: [fee('Lệ phí cấp chứng chỉ hành nghề thú y', null, 'Quy định của Bộ Tài chính (giá trị mẫu)')],
      }),
      checklist: [
        doc('don-dang-ky', 'Đơn đăng ký cấp chứng chỉ hành nghề thú y', 1, 0),
        doc('van-bang', 'Bản sao văn bằng, chứng chỉ chuyên môn phù hợp', 0, 1),
        doc('giay-kham-suc-khoe', 'Giấy chứng nhận sức khỏe', 1, 0),
        doc('anh', 'Ảnh cỡ 4x6 cm', 2, 0),
      ],
      results: [{ name: 'Chứng chỉ hành nghề thú y' }],
      legalBases: [
        law('79/2015/QH13', 'Luật Thú y'),
        law('35/2016/NĐ-CP', 'Nghị định quy định chi tiết một số điều của Luật Thú y'),
      ],
      sources: ALL_E,
    },
    true,
  ),
];

const giaoDuc: Procedure[] = [
  added(
    {
      code: '3.000465',
      name: 'Cấp bản sao văn bằng, chứng chỉ từ sổ gốc',
      field: 'Văn bằng, chứng chỉ',
      level: 'PROVINCE',
      decidingAgencyKey: GDDT,
      cases: [
        {
          name: 'Cấp bản sao từ sổ gốc',
          legalTime: SAME_DAY,
          sameDayCutoff: '15:00',
          steps: steps(
            receive(wh(1)),
            appraise(wh(4), 'Tra cứu sổ gốc, lập bản sao văn bằng, chứng chỉ'),
            approve(wh(2), 'Lãnh đạo Sở ký bản sao'),
            issue(wh(1)),
          ),
          note: 'Tiếp nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo (Nghị định số 23/2015/NĐ-CP)',
        },
      ],
      channels: offer({
        fees: [
          fee(
            'Phí cấp bản sao văn bằng, chứng chỉ từ sổ gốc',
            null,
            'Theo quy định của cơ quan có thẩm quyền (giá trị mẫu)',
          ),
        ],
      }),
      checklist: [
        doc('don-de-nghi', 'Đơn đề nghị cấp bản sao văn bằng, chứng chỉ từ sổ gốc', 1, 0),
        ID_PAPERS,
        doc(
          'giay-to-quan-he',
          'Giấy tờ chứng minh quan hệ với người được cấp văn bằng (trường hợp cha, mẹ, con, vợ, chồng… yêu cầu)',
          0,
          1,
          OPTIONAL,
        ),
      ],
      results: [{ name: 'Bản sao văn bằng, chứng chỉ từ sổ gốc' }],
      legalBases: [
        ND_CHUNG_THUC,
        law(
          '19/2015/TT-BGDĐT',
          'Thông tư ban hành Quy chế quản lý bằng tốt nghiệp trung học cơ sở, bằng tốt nghiệp trung học phổ thông, văn bằng giáo dục đại học và chứng chỉ của hệ thống giáo dục quốc dân',
        ),
      ],
      sources: CODE_S,
    },
    false,
  ),
  added(
    {
      code: '2.002854',
      name: 'Chuyển trường đối với học sinh trung học phổ thông',
      field: 'Giáo dục trung học',
      level: 'PROVINCE',
      decidingAgencyKey: GDDT,
      cases: [
        {
          name: 'Chuyển trường ngoài tỉnh hoặc trong tỉnh',
          legalTime: wd(3),
          steps: steps(
            receive(wd(0.5)),
            appraise(wd(1.5), 'Phòng Giáo dục trung học kiểm tra hồ sơ'),
            approve(wd(0.5), 'Lãnh đạo Sở ký giấy giới thiệu chuyển trường'),
            issue(wd(0.5)),
          ),
        },
      ],
      channels: offer({}),
      checklist: [
        doc('don-xin-chuyen-truong', 'Đơn xin chuyển trường do cha, mẹ hoặc người giám hộ ký', 1, 0),
        doc('hoc-ba', 'Học bạ (bản chính)', 1, 0),
        doc('giay-gioi-thieu-truong', 'Giấy giới thiệu chuyển trường do Hiệu trưởng nhà trường nơi đi cấp', 1, 0),
        doc('trung-tuyen-lop-10', 'Giấy chứng nhận trúng tuyển vào lớp 10 (đối với học sinh lớp 10)', 1, 0, OPTIONAL),
        doc('giay-to-cu-tru', 'Giấy tờ chứng minh nơi cư trú mới', 0, 1, OPTIONAL),
      ],
      results: [{ name: 'Giấy giới thiệu chuyển trường' }],
      legalBases: [
        law('43/2019/QH14', 'Luật Giáo dục'),
        law(
          '51/2002/QĐ-BGDĐT',
          'Quyết định ban hành Quy định chuyển trường và tiếp nhận học sinh học tại các trường trung học cơ sở và trung học phổ thông',
        ),
      ],
      sources: CODE_S,
    },
    false,
  ),
];

const khoaHoc: Procedure[] = [
  added(
    {
      code: '6.900010',
      name: 'Cấp Giấy chứng nhận đăng ký hoạt động lần đầu cho tổ chức khoa học và công nghệ',
      field: 'Hoạt động khoa học và công nghệ',
      level: 'PROVINCE',
      decidingAgencyKey: KHCN,
      cases: [
        {
          name: 'Đăng ký hoạt động lần đầu',
          legalTime: wd(15),
          steps: steps(
            receive(wd(0.5)),
            appraise(wd(9), 'Phòng Quản lý khoa học thẩm định hồ sơ'),
            appraise(wd(2), 'Dự thảo Giấy chứng nhận'),
            approve(wd(2), 'Lãnh đạo Sở ký Giấy chứng nhận'),
            issue(wd(1.5)),
          ),
        },
      ],
      channels: offer({
        fees: [
          fee(
            'Phí thẩm định điều kiện hoạt động về khoa học, công nghệ',
            null,
            'Quy định của Bộ Tài chính (giá trị mẫu)',
          ),
        ],
      }),
      checklist: [
        doc('don-dang-ky', 'Đơn đăng ký hoạt động khoa học và công nghệ', 1, 0),
        doc('quyet-dinh-thanh-lap', 'Bản sao quyết định thành lập tổ chức khoa học và công nghệ', 0, 1),
        doc('dieu-le', 'Điều lệ tổ chức và hoạt động', 1, 0),
        doc('nhan-luc', 'Hồ sơ nhân lực: danh sách, lý lịch khoa học, bản sao văn bằng', 1, 0),
        doc('tru-so', 'Giấy tờ xác nhận về trụ sở làm việc', 0, 1),
      ],
      results: [{ name: 'Giấy chứng nhận đăng ký hoạt động khoa học và công nghệ' }],
      legalBases: [
        law('29/2013/QH13', 'Luật Khoa học và Công nghệ'),
        law(
          '08/2014/NĐ-CP',
          'Nghị định quy định chi tiết và hướng dẫn thi hành một số điều của Luật Khoa học và Công nghệ',
        ),
        law('03/2014/TT-BKHCN', 'Thông tư hướng dẫn thành lập và đăng ký hoạt động của tổ chức khoa học và công nghệ'),
      ],
      sources: ALL_E,
    },
    true,
  ),
  added(
    {
      code: '6.900011',
      name: 'Cấp giấy phép tiến hành công việc bức xạ - sử dụng thiết bị X-quang chẩn đoán trong y tế',
      field: 'An toàn bức xạ và hạt nhân',
      level: 'PROVINCE',
      decidingAgencyKey: KHCN,
      cases: [
        {
          name: 'Cấp mới giấy phép',
          legalTime: wd(20),
          steps: steps(
            receive(wd(0.5)),
            appraise(wd(10), 'Phòng Quản lý chuyên ngành thẩm định hồ sơ an toàn bức xạ'),
            appraise(wd(5), 'Kiểm tra thực tế cơ sở X-quang'),
            approve(wd(3), 'Lãnh đạo Sở ký giấy phép'),
            issue(wd(1.5)),
          ),
        },
      ],
      channels: offer({ fees: [fee('Phí thẩm định an toàn bức xạ', null, 'Quy định của Bộ Tài chính (giá trị mẫu)')] }),
      checklist: [
        doc('don-de-nghi', 'Đơn đề nghị cấp giấy phép tiến hành công việc bức xạ', 1, 0),
        doc('quyet-dinh-thanh-lap', 'Bản sao quyết định thành lập hoặc Giấy chứng nhận đăng ký doanh nghiệp', 0, 1),
        doc('phieu-khai-bao', 'Phiếu khai báo thiết bị X-quang chẩn đoán trong y tế', 1, 0),
        doc('bien-ban-kiem-dinh', 'Bản sao biên bản kiểm định thiết bị X-quang', 0, 1),
        doc('chung-chi-nhan-vien', 'Bản sao chứng chỉ nhân viên bức xạ của người phụ trách an toàn', 0, 1),
      ],
      results: [{ name: 'Giấy phép tiến hành công việc bức xạ' }],
      legalBases: [law('18/2008/QH12', 'Luật Năng lượng nguyên tử')],
      sources: ALL_E,
    },
    true,
  ),
];

const thongTin: Procedure[] = [
  added(
    {
      code: '6.900012',
      name: 'Cấp giấy phép thiết lập trang thông tin điện tử tổng hợp',
      field: 'Phát thanh, truyền hình và thông tin điện tử',
      level: 'PROVINCE',
      decidingAgencyKey: TTTT,
      cases: [
        {
          name: 'Cấp giấy phép',
          legalTime: wd(10),
          steps: steps(
            receive(wd(0.5)),
            appraise(wd(6), 'Phòng Thông tin - Báo chí - Xuất bản thẩm định hồ sơ, kiểm tra kỹ thuật'),
            approve(wd(2), 'Lãnh đạo Sở ký giấy phép'),
            issue(wd(1.5)),
          ),
        },
      ],
      channels: offer({}),
      checklist: [
        doc('don-de-nghi', 'Đơn đề nghị cấp giấy phép thiết lập trang thông tin điện tử tổng hợp', 1, 0),
        doc('quyet-dinh-thanh-lap', 'Bản sao quyết định thành lập hoặc Giấy chứng nhận đăng ký doanh nghiệp', 0, 1),
        doc('de-an', 'Đề án hoạt động', 1, 0),
        doc('nguon-tin', 'Văn bản chấp thuận của các cơ quan cung cấp nguồn tin', 0, 1),
      ],
      results: [{ name: 'Giấy phép thiết lập trang thông tin điện tử tổng hợp' }],
      legalBases: [
        law('72/2013/NĐ-CP', 'Nghị định về quản lý, cung cấp, sử dụng dịch vụ Internet và thông tin trên mạng'),
        law('27/2018/NĐ-CP', 'Nghị định sửa đổi, bổ sung Nghị định số 72/2013/NĐ-CP'),
      ],
      sources: ALL_E,
    },
    true,
  ),
  added(
    {
      code: '6.900013',
      name: 'Cấp giấy phép xuất bản bản tin (địa phương)',
      field: 'Báo chí',
      level: 'PROVINCE',
      decidingAgencyKey: TTTT,
      cases: [
        {
          name: 'Cấp giấy phép',
          legalTime: wd(15),
          steps: steps(
            receive(wd(0.5)),
            appraise(wd(9), 'Phòng Thông tin - Báo chí - Xuất bản thẩm định hồ sơ'),
            appraise(wd(2), 'Dự thảo giấy phép'),
            approve(wd(2), 'Lãnh đạo Sở ký giấy phép'),
            issue(wd(1.5)),
          ),
        },
      ],
      channels: offer({}),
      checklist: [
        doc('to-khai', 'Tờ khai đề nghị cấp giấy phép xuất bản bản tin', 1, 0),
        doc('quyet-dinh-thanh-lap', 'Bản sao quyết định thành lập cơ quan, tổ chức', 0, 1),
        doc('mau-trinh-bay', 'Mẫu trình bày tên gọi của bản tin', 1, 0),
        doc('ly-lich', 'Sơ yếu lý lịch của người chịu trách nhiệm xuất bản bản tin', 1, 0),
      ],
      results: [{ name: 'Giấy phép xuất bản bản tin' }],
      legalBases: [
        law('103/2016/QH13', 'Luật Báo chí'),
        law('48/2016/TT-BTTTT', 'Thông tư quy định việc cấp giấy phép xuất bản bản tin'),
      ],
      sources: ALL_E,
    },
    true,
  ),
];

const thanhTra: Procedure[] = [
  added(
    {
      code: '6.900014',
      name: 'Thủ tục giải quyết khiếu nại lần đầu tại cấp tỉnh',
      field: 'Giải quyết khiếu nại',
      level: 'PROVINCE',
      decidingAgencyKey: THANH_TRA,
      decidingBodyNote: 'Thanh tra tỉnh xác minh, tham mưu; người có thẩm quyền giải quyết khiếu nại ký quyết định',
      // Complaints are received at the citizen-reception office, not at the one-stop center.
      receivingAgencyKey: THANH_TRA,
      cases: [
        {
          name: 'Vụ việc thông thường',
          legalTime: cd(30),
          steps: steps(
            receive(cd(2), 'Tiếp nhận đơn khiếu nại, thụ lý'),
            appraise(cd(20), 'Xác minh nội dung khiếu nại, tổ chức đối thoại'),
            appraise(cd(4), 'Báo cáo kết quả xác minh, dự thảo quyết định giải quyết'),
            approve(cd(2), 'Người có thẩm quyền ký quyết định giải quyết khiếu nại'),
            issue(cd(2), 'Gửi quyết định giải quyết khiếu nại'),
          ),
        },
        {
          name: 'Vụ việc phức tạp',
          legalTime: cd(45),
          steps: steps(
            receive(cd(2), 'Tiếp nhận đơn khiếu nại, thụ lý'),
            appraise(cd(32), 'Xác minh nội dung khiếu nại, tổ chức đối thoại'),
            appraise(cd(6), 'Báo cáo kết quả xác minh, dự thảo quyết định giải quyết'),
            approve(cd(3), 'Người có thẩm quyền ký quyết định giải quyết khiếu nại'),
            issue(cd(2), 'Gửi quyết định giải quyết khiếu nại'),
          ),
        },
      ],
      channels: offer({ online: null }),
      checklist: [
        doc('don-khieu-nai', 'Đơn khiếu nại hoặc bản ghi lời khiếu nại', 1, 0),
        doc('tai-lieu-chung-cu', 'Tài liệu, chứng cứ liên quan', 0, 1, OPTIONAL),
        AUTHORIZATION,
      ],
      results: [{ name: 'Quyết định giải quyết khiếu nại lần đầu' }],
      legalBases: [
        law('02/2011/QH13', 'Luật Khiếu nại'),
        law('07/2013/TT-TTCP', 'Thông tư quy định quy trình giải quyết khiếu nại hành chính'),
      ],
      notes: [
        'Thời hạn theo Luật Khiếu nại 2011, Điều 28: không quá 30 ngày, vụ việc phức tạp không quá 45 ngày kể từ ngày thụ lý',
      ],
      sources: ALL_E,
    },
    true,
  ),
  added(
    {
      code: '6.900015',
      name: 'Thủ tục giải quyết tố cáo tại cấp tỉnh',
      field: 'Giải quyết tố cáo',
      level: 'PROVINCE',
      decidingAgencyKey: THANH_TRA,
      decidingBodyNote: 'Thanh tra tỉnh xác minh, tham mưu; người có thẩm quyền giải quyết tố cáo kết luận',
      receivingAgencyKey: THANH_TRA,
      cases: [
        {
          name: 'Vụ việc thông thường',
          legalTime: cd(30),
          steps: steps(
            receive(cd(2), 'Tiếp nhận, thụ lý tố cáo'),
            appraise(cd(20), 'Xác minh nội dung tố cáo'),
            appraise(cd(4), 'Báo cáo kết quả xác minh, dự thảo kết luận'),
            approve(cd(2), 'Người giải quyết tố cáo ký kết luận nội dung tố cáo'),
            issue(cd(2), 'Gửi thông báo kết luận'),
          ),
        },
        {
          name: 'Vụ việc phức tạp (gia hạn một lần)',
          legalTime: cd(60),
          steps: steps(
            receive(cd(2), 'Tiếp nhận, thụ lý tố cáo'),
            appraise(cd(42), 'Xác minh nội dung tố cáo'),
            appraise(cd(8), 'Báo cáo kết quả xác minh, dự thảo kết luận'),
            approve(cd(4), 'Người giải quyết tố cáo ký kết luận nội dung tố cáo'),
            issue(cd(4), 'Gửi thông báo kết luận'),
          ),
        },
      ],
      channels: offer({ online: null }),
      checklist: [
        doc('don-to-cao', 'Đơn tố cáo hoặc văn bản ghi nội dung tố cáo trực tiếp', 1, 0),
        doc('tai-lieu-chung-cu', 'Thông tin, tài liệu, chứng cứ liên quan', 0, 1, OPTIONAL),
      ],
      results: [{ name: 'Kết luận nội dung tố cáo' }],
      legalBases: [
        law('25/2018/QH14', 'Luật Tố cáo'),
        law('31/2019/NĐ-CP', 'Nghị định quy định chi tiết một số điều và biện pháp tổ chức thi hành Luật Tố cáo'),
      ],
      notes: ['Thời hạn theo Luật Tố cáo 2018, Điều 30: 30 ngày, vụ việc phức tạp gia hạn một lần không quá 30 ngày'],
      sources: ALL_E,
    },
    true,
  ),
];

const thue: Procedure[] = [
  added(
    {
      code: '1.007277',
      name: 'Khai lệ phí trước bạ nhà, đất',
      field: 'Quản lý thuế',
      level: 'PROVINCE',
      decidingAgencyKey: THUE,
      cases: [
        {
          name: 'Khai lệ phí trước bạ nhà, đất',
          legalTime: wd(3),
          steps: steps(
            receive(wd(0.5)),
            appraise(wd(1.5), 'Kiểm tra tờ khai, xác định số lệ phí trước bạ phải nộp'),
            approve(wd(0.5), 'Lãnh đạo phòng ký thông báo nộp lệ phí trước bạ'),
            issue(wd(0.5)),
          ),
        },
      ],
      channels: offer({
        fees: [
          fee('Lệ phí trước bạ nhà, đất', null, 'Nghị định số 140/2016/NĐ-CP: 0,5% giá tính lệ phí trước bạ', {
            note: 'Khoản lệ phí được khai trong thủ tục này',
          }),
        ],
      }),
      checklist: [
        doc('to-khai', 'Tờ khai lệ phí trước bạ nhà, đất', 1, 0, {
          formTemplate: 'Mẫu số 01 (Nghị định số 140/2016/NĐ-CP)',
          eForm: true,
        }),
        doc('nguon-goc', 'Bản sao giấy tờ chứng minh nhà, đất có nguồn gốc hợp pháp', 0, 1),
        doc('hop-dong', 'Bản sao hợp đồng chuyển nhượng, mua bán, tặng cho, thừa kế', 0, 1),
        doc('mien-le-phi', 'Giấy tờ chứng minh thuộc đối tượng miễn lệ phí trước bạ', 0, 1, OPTIONAL),
      ],
      results: [{ name: 'Thông báo nộp lệ phí trước bạ', electronic: true }],
      legalBases: [
        law('140/2016/NĐ-CP', 'Nghị định về lệ phí trước bạ'),
        law('301/2016/TT-BTC', 'Thông tư hướng dẫn về lệ phí trước bạ'),
        law('38/2019/QH14', 'Luật Quản lý thuế'),
      ],
      notes: ['Cục Thuế và Chi cục Thuế có mặt tại Trung tâm là giá trị mẫu (chưa có nguồn cho Hải Dương)'],
      sources: CODE_S,
    },
    false,
  ),
  added(
    {
      code: '1.008501',
      name: 'Cấp lại Giấy chứng nhận đăng ký thuế',
      field: 'Quản lý thuế',
      level: 'PROVINCE',
      decidingAgencyKey: THUE,
      cases: [
        {
          name: 'Cấp lại do mất, rách, nát, cháy',
          legalTime: wd(3),
          steps: steps(
            receive(wd(0.5)),
            appraise(wd(1.5), 'Kiểm tra hồ sơ, in lại Giấy chứng nhận'),
            approve(wd(0.5), 'Lãnh đạo Cục ký Giấy chứng nhận'),
            issue(wd(0.5)),
          ),
        },
      ],
      channels: offer({ online: 'ONLINE_FULL' }),
      checklist: [
        doc('van-ban-de-nghi', 'Văn bản đề nghị cấp lại Giấy chứng nhận đăng ký thuế', 1, 0, { eForm: true }),
      ],
      results: [{ name: 'Giấy chứng nhận đăng ký thuế' }],
      legalBases: [
        law('38/2019/QH14', 'Luật Quản lý thuế'),
        law('95/2016/TT-BTC', 'Thông tư hướng dẫn về đăng ký thuế'),
      ],
      sources: CODE_S,
    },
    false,
  ),
];

const baoHiem: Procedure[] = [
  added(
    {
      code: '1.001613',
      name: 'Giải quyết hưởng bảo hiểm xã hội một lần',
      field: 'Thực hiện chính sách bảo hiểm xã hội',
      level: 'PROVINCE',
      decidingAgencyKey: BHXH,
      cases: [
        {
          name: 'Hưởng bảo hiểm xã hội một lần',
          legalTime: wd(10),
          steps: steps(
            receive(wd(0.5)),
            appraise(wd(6), 'Phòng Chế độ bảo hiểm xã hội thẩm định hồ sơ, tính mức hưởng'),
            approve(wd(2), 'Lãnh đạo Bảo hiểm xã hội tỉnh ký quyết định'),
            issue(wd(1.5), 'Trả quyết định, chi trả qua bưu điện hoặc tài khoản'),
          ),
        },
      ],
      channels: offer({}),
      checklist: [
        doc('so-bhxh', 'Sổ bảo hiểm xã hội', 1, 0),
        doc('don-de-nghi', 'Đơn đề nghị hưởng bảo hiểm xã hội một lần', 1, 0, { formTemplate: 'Mẫu số 14-HSB' }),
        doc(
          'giay-to-truong-hop',
          'Bản sao giấy tờ chứng minh thuộc trường hợp được hưởng (ra nước ngoài định cư, bệnh hiểm nghèo…)',
          0,
          1,
          OPTIONAL,
        ),
      ],
      results: [{ name: 'Quyết định về việc hưởng trợ cấp bảo hiểm xã hội một lần' }],
      legalBases: [
        law('58/2014/QH13', 'Luật Bảo hiểm xã hội'),
        law(
          '115/2015/NĐ-CP',
          'Nghị định quy định chi tiết một số điều của Luật Bảo hiểm xã hội về bảo hiểm xã hội bắt buộc',
        ),
      ],
      notes: ['Bảo hiểm xã hội tỉnh có mặt tại Trung tâm là giá trị mẫu (chưa có nguồn cho Hải Dương)'],
      sources: CODE_S,
    },
    false,
  ),
  added(
    {
      code: '1.014137',
      name: 'Cấp thẻ bảo hiểm y tế',
      field: 'Thu bảo hiểm xã hội, bảo hiểm y tế',
      level: 'PROVINCE',
      decidingAgencyKey: BHXH,
      cases: [
        {
          name: 'Người tham gia bảo hiểm y tế theo hộ gia đình',
          legalTime: wd(5),
          steps: steps(
            receive(wd(0.5)),
            appraise(wd(2.5), 'Kiểm tra tờ khai, ghi nhận quá trình tham gia'),
            approve(wd(1), 'Lãnh đạo phòng duyệt cấp thẻ'),
            issue(wd(1), 'In, trả thẻ bảo hiểm y tế'),
          ),
        },
      ],
      channels: offer({
        online: 'ONLINE_FULL',
        fees: [
          fee(
            'Mức đóng bảo hiểm y tế',
            null,
            'Luật Bảo hiểm y tế: 4,5% mức lương cơ sở, giảm dần từ người thứ hai trong hộ',
            {
              note: 'Khoản đóng bảo hiểm y tế, không phải phí của thủ tục',
            },
          ),
        ],
      }),
      checklist: [
        doc('to-khai', 'Tờ khai tham gia, điều chỉnh thông tin bảo hiểm xã hội, bảo hiểm y tế', 1, 0, {
          formTemplate: 'Mẫu TK1-TS',
          eForm: true,
        }),
        doc(
          'doi-tuong-ho-tro',
          'Giấy tờ chứng minh thuộc đối tượng được ngân sách nhà nước hỗ trợ mức đóng',
          0,
          1,
          OPTIONAL,
        ),
      ],
      results: [{ name: 'Thẻ bảo hiểm y tế', electronic: true }],
      legalBases: [
        LUAT_BHYT,
        law(
          '146/2018/NĐ-CP',
          'Nghị định quy định chi tiết và hướng dẫn biện pháp thi hành một số điều của Luật Bảo hiểm y tế',
        ),
      ],
      sources: CODE_S,
    },
    false,
  ),
];

// ---------------------------------------------------------------------------------------------------------------
// The catalog
// ---------------------------------------------------------------------------------------------------------------

/** The demo catalog, in the order of the draft seed table, then the added procedures. */
export const haiDuongProcedures: Procedure[] = [
  ...kehoachDauTu,
  ...tuPhap,
  ...tpHaiDuong,
  ...congAn,
  ...giaoThong,
  ...xayDung,
  ...taiNguyen,
  ...yTe,
  ...vanHoa,
  ...laoDong,
  ...vanPhong,
  ...noiVu,
  ...taiChinh,
  ...congThuong,
  ...nongNghiep,
  ...giaoDuc,
  ...khoaHoc,
  ...thongTin,
  ...thanhTra,
  ...thue,
  ...baoHiem,
].sort((a, b) => (a.seedRow ?? 1_000) - (b.seedRow ?? 1_000));
