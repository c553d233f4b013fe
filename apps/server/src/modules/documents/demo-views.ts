import { type PlainDate, vietnamInstant } from '../../platform/time';
import type {
  ApologyView,
  ControlSheetView,
  IssuerHeader,
  ReceiptView,
  RefusalView,
  RegisterRowView,
  RegisterView,
  RuleSet,
  StopNoticeView,
  SupplementRequestView,
} from './form-views';

/**
 * Realistic sample views for tests and for looking at the output. Names and codes are invented.
 *
 * The place and parent lines follow the brief's example (`Hải Dương`, `UBND TỈNH HẢI DƯƠNG`). Note that from
 * 1/7/2025 a real document of the former Hải Dương centre reads `Hải Phòng, ngày …` under
 * `UBND THÀNH PHỐ HẢI PHÒNG` (forms.md §1.6); the header is data, so that is a configuration change.
 */

/** 27/11/2026 at hh:mm in Vietnam. */
const at = (date: PlainDate, hhmm: string): Date => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return vietnamInstant(date, h * 60 + m);
};

export const DEMO_CENTRE: IssuerHeader = {
  parentName: 'UBND TỈNH HẢI DƯƠNG',
  // Break chosen by the drafter, as in the Decree 30 samples: left to itself, the A4 column (66 mm, 13 pt) would
  // break after "HÀNH" (forms.md §1.5).
  issuerName: 'TRUNG TÂM PHỤC VỤ\nHÀNH CHÍNH CÔNG',
  placeName: 'Hải Dương',
};

export const DEMO_AGENCY: IssuerHeader = {
  parentName: 'UBND TỈNH HẢI DƯƠNG',
  issuerName: 'SỞ TƯ PHÁP',
  placeName: 'Hải Dương',
};

const CENTRE_TEXT = 'Trung tâm Phục vụ hành chính công tỉnh Hải Dương';
const DOSSIER_CODE = '000.01.01.H26-261127-0001';
const PROCEDURE =
  'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam (thực hiện tại cấp tỉnh)';
const LOOKUP_URL = `https://dichvucong.haiduong.gov.vn/tra-cuu-ho-so?ma=${DOSSIER_CODE}`;

const LAN = {
  name: 'Nguyễn Thị Lan',
  kind: 'person' as const,
  identityNumber: '030186004521',
  address: 'Số 12 phố Trần Hưng Đạo, phường Trần Hưng Đạo, thành phố Hải Dương, tỉnh Hải Dương',
  phone: '0912 345 678',
  email: 'lan.nguyen@example.vn',
};

export function demoReceipt(ruleSet: RuleSet = '2018'): ReceiptView {
  return {
    ruleSet,
    issuer: DEMO_CENTRE,
    documentNumber: '0001/TTPVHCC',
    issuedOn: '2026-11-27',
    dossierCode: DOSSIER_CODE,
    receivingUnitName: CENTRE_TEXT,
    applicant: LAN,
    procedureName: PROCEDURE,
    documents: [
      {
        name: 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp (Mẫu số 03/2013/TT-LLTP)',
        originals: 1,
        certifiedCopies: 0,
        photocopies: 0,
      },
      { name: 'Bản chụp Căn cước công dân', originals: 0, certifiedCopies: 0, photocopies: 1 },
      {
        name: 'Bản sao Sổ hộ khẩu / Giấy xác nhận thông tin về cư trú',
        originals: 0,
        certifiedCopies: 1,
        photocopies: 0,
      },
    ],
    numberOfSets: 1,
    processingTime: { value: 10, unit: 'working-days' },
    receivedAt: at('2026-11-27', '09:32'),
    dueAt: at('2026-12-11', '09:32'),
    resultDelivery: { method: 'counter' },
    fee: { amount: 200_000, paymentMethod: 'nộp trực tiếp tại quầy' },
    registerEntry: { book: '01', sequence: '0001' },
    receivingOfficerName: 'Trần Văn Hùng',
    lookupUrl: LOOKUP_URL,
    notes: ['Khi đến nhận kết quả, người nộp hồ sơ mang theo Giấy này và giấy tờ tùy thân.'],
  };
}

export function demoSupplementRequest(ruleSet: RuleSet = '2018'): SupplementRequestView {
  return {
    ruleSet,
    issuer: DEMO_CENTRE,
    documentNumber: '0042/HDHS',
    issuedOn: '2026-11-27',
    dossierCode: DOSSIER_CODE,
    receivingUnitName: CENTRE_TEXT,
    applicant: LAN,
    procedureName: PROCEDURE,
    items: [
      {
        content: 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp: ghi đầy đủ mục "Nơi cư trú" từ 14 tuổi đến nay',
        reason: 'Tờ khai để trống giai đoạn 2004–2010',
      },
      {
        content: 'Bổ sung bản sao có chứng thực Giấy khai sinh',
        reason: 'Họ tên trên Căn cước công dân khác với họ tên trên Tờ khai (Lan / Lân)',
      },
      {
        content: 'Văn bản ủy quyền có chứng thực (nếu người khác nộp thay)',
        reason: 'Người nộp hồ sơ không phải người yêu cầu cấp Phiếu',
      },
    ],
    contact: { name: 'bà Phạm Thu Hà, Bộ phận tiếp nhận lĩnh vực Tư pháp', phone: '0220 3 852 852' },
    guidingOfficerName: 'Trần Văn Hùng',
  };
}

export function demoRefusal(ruleSet: RuleSet = '2018'): RefusalView {
  return {
    ruleSet,
    issuer: DEMO_CENTRE,
    issuedOn: '2026-11-27',
    receivingUnitName: CENTRE_TEXT,
    applicant: { ...LAN, name: 'Lê Văn Đức', email: undefined },
    procedureName: 'Đăng ký khai sinh có yếu tố nước ngoài',
    reasons: [
      'Thủ tục hành chính không thuộc thẩm quyền giải quyết của cấp tỉnh kể từ ngày 01/7/2025; ông/bà liên hệ Ủy ban nhân dân cấp xã nơi cư trú để được giải quyết.',
    ],
    contact: { name: 'Bộ phận tiếp nhận lĩnh vực Tư pháp', phone: '0220 3 852 852' },
    receivingOfficerName: 'Trần Văn Hùng',
    applicantSigns: true,
  };
}

export function demoApology(ruleSet: RuleSet = '2018'): ApologyView {
  return {
    ruleSet,
    issuer: DEMO_AGENCY,
    documentNumber: ruleSet === '2018' ? '15/PXL-STP' : '1520/STP-HCTP',
    issuedOn: '2026-12-10',
    applicant: LAN,
    dossierCode: DOSSIER_CODE,
    procedureName: PROCEDURE,
    receivingUnitName: CENTRE_TEXT,
    agencyName: 'Sở Tư pháp tỉnh Hải Dương',
    receivedAt: at('2026-11-27', '09:32'),
    originalDueAt: at('2026-12-11', '09:32'),
    newDueAt: at('2026-12-18', '09:30'),
    reason:
      'Hồ sơ cần xác minh thông tin về án tích tại Cơ quan quản lý cơ sở dữ liệu lý lịch tư pháp quốc gia; đến nay chưa nhận được kết quả xác minh.',
    signer: { authority: 'KT. GIÁM ĐỐC', position: 'PHÓ GIÁM ĐỐC', name: 'Vũ Thị Thanh Hương' },
  };
}

export function demoStopNotice(): StopNoticeView {
  return {
    ruleSet: '2025',
    issuer: DEMO_CENTRE,
    documentNumber: '0007/TB-TTPVHCC',
    issuedOn: '2026-12-03',
    applicant: LAN,
    dossierCode: DOSSIER_CODE,
    procedureName: PROCEDURE,
    issuingUnitName: CENTRE_TEXT,
    receivedAt: at('2026-11-27', '09:32'),
    requestedAt: at('2026-12-02', '14:05'),
    requestChannel: 'in-person',
    legalBasis: [
      'Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ',
      'Căn cứ Thông tư số 03/2025/TT-VPCP ngày 15/9/2025 của Văn phòng Chính phủ',
      'Căn cứ đơn đề nghị dừng giải quyết hồ sơ của bà Nguyễn Thị Lan ngày 02/12/2026',
    ],
    reason: 'Người yêu cầu không còn nhu cầu sử dụng Phiếu lý lịch tư pháp.',
    followUp: [
      'Giấy tờ bản chính đã nộp (nếu có) được trả lại cho ông/bà tại Bộ phận Một cửa.',
      'Phí, lệ phí đã nộp được xử lý theo quy định của pháp luật về phí và lệ phí.',
    ],
    signer: { authority: 'KT. GIÁM ĐỐC', position: 'PHÓ GIÁM ĐỐC', name: 'Đỗ Minh Tuấn' },
    recipients: ['Như trên', 'Sở Tư pháp tỉnh Hải Dương', 'Lưu: VT, BPMC'],
  };
}

export function demoControlSheet(ruleSet: RuleSet = '2018'): ControlSheetView {
  return {
    ruleSet,
    issuer: DEMO_CENTRE,
    issuedOn: '2026-11-27',
    dossierCode: DOSSIER_CODE,
    applicantName: 'Nguyễn Thị Lan',
    procedureName: PROCEDURE,
    receivedAt: at('2026-11-27', '09:32'),
    dueAt: at('2026-12-11', '09:32'),
    leadAgencyName: 'Sở Tư pháp tỉnh Hải Dương',
    coordinatingAgencyNames: ['Công an tỉnh Hải Dương'],
    handovers: [
      {
        fromUnit: 'Bộ phận Một cửa',
        toUnit: 'Phòng Hành chính tư pháp - Sở Tư pháp',
        giverName: 'Trần Văn Hùng',
        receiverName: 'Phạm Thị Ngọc',
        at: at('2026-11-27', '14:10'),
        outcome: 'on-time',
      },
      {
        fromUnit: 'Phòng Hành chính tư pháp - Sở Tư pháp',
        toUnit: 'Phòng Hồ sơ nghiệp vụ - Công an tỉnh',
        giverName: 'Phạm Thị Ngọc',
        receiverName: 'Nguyễn Quang Vinh',
        at: at('2026-11-30', '08:15'),
        outcome: 'early',
        note: 'Tra cứu thông tin án tích',
      },
      {
        fromUnit: 'Phòng Hồ sơ nghiệp vụ - Công an tỉnh',
        toUnit: 'Phòng Hành chính tư pháp - Sở Tư pháp',
        giverName: 'Nguyễn Quang Vinh',
        receiverName: 'Phạm Thị Ngọc',
        at: at('2026-12-07', '10:40'),
        outcome: 'on-time',
      },
      {
        fromUnit: 'Sở Tư pháp',
        toUnit: 'Bộ phận Một cửa',
        giverName: 'Phạm Thị Ngọc',
        receiverName: 'Trần Văn Hùng',
        at: at('2026-12-10', '16:20'),
        outcome: 'early',
      },
      {
        fromUnit: 'Bộ phận Một cửa',
        toUnit: 'Tổ chức, cá nhân',
        giverName: 'Trần Văn Hùng',
        receiverName: 'Nguyễn Thị Lan',
        at: at('2026-12-11', '08:05'),
        outcome: 'early',
      },
    ],
  };
}

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'];
const MIDDLE = ['Thị', 'Văn', 'Minh', 'Thu', 'Quang', 'Ngọc', 'Đức', 'Thanh'];
const GIVEN = ['Lan', 'Hùng', 'Hương', 'Tuấn', 'Ngọc', 'Dũng', 'Hà', 'Phương', 'Sơn', 'Yến', 'Thắng', 'Ợi'];
const PROCEDURES: [string, string][] = [
  [PROCEDURE, 'Sở Tư pháp'],
  ['Cấp giấy phép xây dựng mới đối với công trình cấp III, cấp IV', 'Sở Xây dựng'],
  ['Đăng ký thành lập doanh nghiệp tư nhân', 'Sở Tài chính'],
  ['Cấp đổi giấy phép lái xe do ngành Giao thông vận tải cấp', 'Sở Xây dựng'],
  [
    'Cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất lần đầu',
    'Sở Nông nghiệp và Môi trường',
  ],
  ['Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam', 'Sở Nội vụ'],
];
const WARDS = ['phường Trần Phú', 'phường Nhị Châu', 'xã Tứ Minh', 'phường Ngọc Châu', 'xã Ái Quốc'];
const METHODS = ['counter', 'postal', 'online'] as const;

const addDays = (date: PlainDate, days: number): PlainDate => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
};

/** `count` register rows, deterministic (no randomness), spread over November 2026. */
export function demoRegisterRows(count: number): RegisterRowView[] {
  return Array.from({ length: count }, (_, i) => {
    const day = 2 + (i % 26);
    const receivedOn: PlainDate = `2026-11-${String(day).padStart(2, '0')}`;
    const [procedureName, agency] = PROCEDURES[i % PROCEDURES.length]!;
    const name = `${SURNAMES[i % SURNAMES.length]} ${MIDDLE[(i * 3) % MIDDLE.length]} ${GIVEN[(i * 7) % GIVEN.length]}`;
    const sequence = String(Math.floor(i / 26) + 1).padStart(4, '0');
    const done = i % 4 !== 3;
    return {
      dossierCode: `000.01.01.H26-2611${String(day).padStart(2, '0')}-${sequence}`,
      procedureName,
      numberOfSets: 1 + (i % 7 === 0 ? 1 : 0),
      applicantName: name,
      addressAndPhone: `Số ${(i % 90) + 1}, ${WARDS[i % WARDS.length]}, TP Hải Dương; 09${String(10_000_000 + i * 7919).slice(0, 8)}`,
      leadAgencyName: agency,
      receivedOn,
      dueOn: addDays(receivedOn, 14),
      transferredOn: receivedOn,
      resultReceivedOn: done ? addDays(receivedOn, 12) : undefined,
      returnedOn: done ? addDays(receivedOn, 13) : undefined,
      deliveryMethod: METHODS[i % METHODS.length],
      note: i % 11 === 5 ? 'Trả trước hạn' : undefined,
    };
  });
}

export function demoRegister(ruleSet: RuleSet = '2018', rows = 200): RegisterView {
  return {
    ruleSet,
    issuer: DEMO_CENTRE,
    issuedOn: '2026-11-30',
    book: '01',
    period: { from: '2026-11-01', to: '2026-11-30' },
    rows: demoRegisterRows(rows),
  };
}
