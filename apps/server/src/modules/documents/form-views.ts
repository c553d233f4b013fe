import type { PlainDate } from '../../platform/time';

/**
 * View models of the one-stop forms: plain data in, PDF out. Nothing here knows a database row; the dossiers
 * service maps its aggregates to these shapes. Instants are `Date` (read in Asia/Ho_Chi_Minh when printed),
 * calendar days are `PlainDate` (`YYYY-MM-DD`).
 *
 * Two form sets coexist (rules.md §5, forms.md §3):
 * - '2018': Circular 01/2018/TT-VPCP Art 9, Mẫu 01–06;
 * - '2025': Circular 03/2025/TT-VPCP Appendix I, Mẫu 01–07. Its field lists and paper sizes are UNVERIFIED
 *   (rules-verified.md §4.6); the 2025 layouts stay close to the 2018 ones plus the fields that the 2025-era
 *   reproductions add (personal identification number), as forms.md §3 advises.
 */

export type RuleSet = '2018' | '2025';

/**
 * Paper profile. Circular 01/2018 Art 9(2): forms 01–05 are printed on A5, form 06 on A4 (landscape, forms.md §2.8).
 * A4 portrait is offered for forms 01–05 because practice lays them out for A4 widths (forms.md §2.1).
 */
export type PaperProfile = 'A5' | 'A4';

/** Which form: stable keys; the printed number depends on the rule set (see `formNumber`). */
export type FormKind =
  'receipt' | 'supplementRequest' | 'refusal' | 'apology' | 'stopNotice' | 'controlSheet' | 'register';

/** Top-left block of the Decree 30 header (ô 2): the parent body and the issuing body. */
export interface IssuerHeader {
  /** Direct parent body, UPPER, e.g. `UBND TỈNH HẢI DƯƠNG` (abbreviations allowed, Decree 30 App. I). */
  parentName: string;
  /** Issuing body, UPPER, e.g. `TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG`; wraps by itself, or use `\n` to break. */
  issuerName: string;
  /**
   * Official name of the administrative unit where the body sits (ô 4), e.g. `Hải Dương`; configuration, not
   * code, because it changes with the 1/7/2025 merger into Hải Phòng (forms.md §1.6).
   */
  placeName: string;
}

/** The person or organisation a form is about. */
export interface ApplicantView {
  /** Full name as written by the applicant, e.g. `Nguyễn Thị Lan`; forms print it in UPPER where practice does. */
  name: string;
  kind?: 'person' | 'organisation';
  /** Personal identification number (CCCD) or enterprise code; the 2025-era forms add it (rules-verified §2.4). */
  identityNumber?: string;
  address?: string;
  phone?: string;
  email?: string;
}

/** A signer of an administrative letter (Decree 30 ô 7a–7b). */
export interface SignerView {
  /** Authority prefix line, e.g. `KT. GIÁM ĐỐC`, `TM. ỦY BAN NHÂN DÂN`; omitted when the head signs directly. */
  authority?: string;
  /** Position, UPPER, e.g. `PHÓ GIÁM ĐỐC`. */
  position: string;
  /** Full name, no academic titles (Decree 30 App. I). */
  name: string;
}

/** What every form has. */
export interface FormBase {
  ruleSet: RuleSet;
  /** Defaults: A5 for the forms, except the 2025 letters (apology, stop notice), which are A4 (forms.md §3). */
  paper?: PaperProfile;
  issuer: IssuerHeader;
  /** The part after `Số: `, e.g. `0125/TTPVHCC`; forms without a number line leave it out. */
  documentNumber?: string;
  /** The date in the place-and-date line (ô 4). */
  issuedOn: PlainDate;
  /**
   * Electronic form: reserve the top-right box for the organisation's digital signature
   * ("Chữ ký số của Tổ chức (nếu là biểu mẫu điện tử)", Circular 01/2018 appendix, forms.md §2.1).
   */
  electronic?: boolean;
}

/** One document handed in, with the number of each kind of copy (forms.md §2.3, Thanh Hóa layout S10). */
export interface ReceivedDocumentView {
  name: string;
  originals: number;
  certifiedCopies: number;
  photocopies: number;
}

export type DurationUnit = 'working-days' | 'days' | 'working-hours' | 'hours';

/** A prescribed processing time, e.g. 10 working days; printed `10 ngày làm việc`. */
export interface DurationView {
  value: number;
  unit: DurationUnit;
}

export type ResultDeliveryMethod = 'counter' | 'postal' | 'online';

export interface MoneyView {
  /** Whole đồng. */
  amount: number;
  /** How it is paid, e.g. `Nộp trực tiếp`, `Thanh toán trực tuyến`. */
  paymentMethod?: string;
}

/** Mẫu 01: Giấy tiếp nhận hồ sơ và hẹn trả kết quả. Handed to the applicant, so it may show their contacts. */
export interface ReceiptView extends FormBase {
  dossierCode: string;
  /** The unit that receives, in running text, e.g. `Trung tâm Phục vụ hành chính công tỉnh Hải Dương`. */
  receivingUnitName: string;
  applicant: ApplicantView;
  /** Person who hands the dossier in, when not the applicant (proxy); signs as NGƯỜI NỘP HỒ SƠ. */
  submitterName?: string;
  procedureName: string;
  documents: ReceivedDocumentView[];
  numberOfSets: number;
  processingTime: DurationView;
  receivedAt: Date;
  dueAt: Date;
  resultDelivery: { method: ResultDeliveryMethod; detail?: string };
  fee?: MoneyView;
  /** Entry in the Mẫu 06 register: `Vào Sổ theo dõi hồ sơ, Quyển số … Số thứ tự …`. */
  registerEntry?: { book: string; sequence: string };
  receivingOfficerName: string;
  /** Public lookup URL carrying the dossier code; encoded as the QR (forms.md §2.9). */
  lookupUrl: string;
  /** One page per copy; default `Liên 1: Lưu` and `Liên 2: Giao người nộp hồ sơ` (forms.md §2.3 notes). */
  copyLabels?: string[];
  notes?: string[];
}

/** One thing to add or fix, with its reason. */
export interface SupplementItemView {
  /** What to add or correct, e.g. `Bản sao Giấy khai sinh (có chứng thực)`. */
  content: string;
  reason: string;
}

/**
 * Mẫu 02: Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ. The officer asks once and fully for everything, with reasons
 * (Decree 61 Art 17(1)(a), Art 15(3), Art 11(2)(c); rules-verified §1.2), so the form carries the whole list.
 */
export interface SupplementRequestView extends FormBase {
  /** Absent when the request is made at intake, before a dossier code exists (rules.md §4.1). */
  dossierCode?: string;
  receivingUnitName: string;
  applicant: ApplicantView;
  procedureName: string;
  items: SupplementItemView[];
  /** Whom to call when something is unclear. */
  contact: { name: string; phone: string };
  /** NGƯỜI HƯỚNG DẪN (forms.md §2.4). */
  guidingOfficerName: string;
}

/** Mẫu 03: Phiếu từ chối tiếp nhận giải quyết hồ sơ. */
export interface RefusalView extends FormBase {
  receivingUnitName: string;
  applicant: ApplicantView;
  procedureName: string;
  /** The specific reasons; printed as a list when there are several. */
  reasons: string[];
  contact?: { name: string; phone: string };
  receivingOfficerName: string;
  /** Practice prints two signers (forms.md §2.5); the official form may have only the officer (UNVERIFIED). */
  applicantSigns?: boolean;
}

/**
 * Mẫu 04: apology for a late result. 2018: "Phiếu xin lỗi và hẹn lại ngày trả kết quả"; 2025: "Văn bản xin lỗi và
 * đề nghị gia hạn thời gian giải quyết", laid out as a Decree 30 letter (forms.md §3, INFERRED).
 * Issued by the competent agency at fault (Decree 61), so `issuer` is the agency, not the Centre.
 */
export interface ApologyView extends FormBase {
  applicant: ApplicantView;
  dossierCode: string;
  procedureName: string;
  /** The unit that received the dossier, e.g. the Centre. */
  receivingUnitName: string;
  /** The agency at fault, in running text, e.g. `Sở Tư pháp tỉnh Hải Dương`. */
  agencyName: string;
  receivedAt: Date;
  originalDueAt: Date;
  newDueAt: Date;
  reason: string;
  signer: SignerView;
  /** `Nơi nhận:` lines without the leading dash; default `Như trên`, the receiving unit, `Lưu: VT`. */
  recipients?: string[];
}

/** Mẫu 05 (2025 only): Thông báo dừng giải quyết hồ sơ (Circular 03/2025 Art 7, rules-verified §4.4). */
export interface StopNoticeView extends FormBase {
  applicant: ApplicantView;
  dossierCode: string;
  procedureName: string;
  /** The unit that issues the notice, in running text (the receiving one-stop unit, Circular 03/2025 Art 7). */
  issuingUnitName: string;
  receivedAt: Date;
  /** When and how the applicant asked to stop. */
  requestedAt: Date;
  requestChannel: 'in-person' | 'postal' | 'online';
  /** Optional legal grounds, one per line (`Căn cứ …`); kept as data because the article text is UNVERIFIED. */
  legalBasis?: string[];
  reason?: string;
  /** What happens to the papers and fees, one sentence each; free text because the rule is UNVERIFIED. */
  followUp?: string[];
  signer: SignerView;
  recipients?: string[];
}

export type HandoverOutcome = 'early' | 'on-time' | 'late';

/** One hand-over of the dossier (rules.md §5 Form 05: HandoverEvent). */
export interface HandoverRowView {
  fromUnit: string;
  toUnit: string;
  giverName?: string;
  receiverName?: string;
  at: Date;
  /** Written by the receiving side at hand-over; absent while pending. */
  outcome?: HandoverOutcome;
  note?: string;
}

/** Mẫu 05 (2018) / Mẫu 06 (2025): Phiếu kiểm soát quá trình giải quyết hồ sơ. */
export interface ControlSheetView extends FormBase {
  dossierCode: string;
  applicantName: string;
  procedureName?: string;
  receivedAt: Date;
  dueAt: Date;
  leadAgencyName: string;
  coordinatingAgencyNames?: string[];
  handovers: HandoverRowView[];
}

/** One line of the register (Mẫu 06 / 2025 Mẫu 07). Dates are calendar days, printed dd/MM/yyyy. */
export interface RegisterRowView {
  dossierCode: string;
  procedureName: string;
  numberOfSets: number;
  applicantName: string;
  /** Address and phone in one cell, as the register column reads. */
  addressAndPhone: string;
  leadAgencyName: string;
  receivedOn: PlainDate;
  dueOn: PlainDate;
  transferredOn?: PlainDate;
  resultReceivedOn?: PlainDate;
  returnedOn?: PlainDate;
  deliveryMethod?: ResultDeliveryMethod;
  /** Text in the signature column of an electronic register, e.g. the name of who collected the result. */
  signature?: string;
  note?: string;
}

/**
 * Column sets of the register (forms.md §2.8):
 * - `official-14`: the 14 columns recalled from the 2018 Mẫu 06 (two transfer dates UNVERIFIED);
 * - `practice-11`: Thanh Hóa's 11 columns, which the 2025-era reproduction (MoH BM.06) also has.
 */
export type RegisterColumnSet = 'official-14' | 'practice-11';

/** Mẫu 06 (2018) / Mẫu 07 (2025): Sổ theo dõi hồ sơ, A4 landscape. */
export interface RegisterView {
  ruleSet: RuleSet;
  issuer: IssuerHeader;
  issuedOn: PlainDate;
  book?: string;
  period?: { from: PlainDate; to: PlainDate };
  /** Default: `official-14` for 2018, `practice-11` for 2025. */
  columnSet?: RegisterColumnSet;
  rows: RegisterRowView[];
}

/** Printed form numbers per rule set (Circular 01/2018 Art 9(1); Circular 03/2025 Appendix I per forms.md §3). */
const FORM_NUMBERS: Record<FormKind, Record<RuleSet, string | null>> = {
  receipt: { '2018': '01', '2025': '01' },
  supplementRequest: { '2018': '02', '2025': '02' },
  refusal: { '2018': '03', '2025': '03' },
  apology: { '2018': '04', '2025': '04' },
  stopNotice: { '2018': null, '2025': '05' },
  controlSheet: { '2018': '05', '2025': '06' },
  register: { '2018': '06', '2025': '07' },
};

/** `01`…`07`, or null when the form does not exist in that rule set (the stop notice is new in 2025). */
export function formNumber(kind: FormKind, ruleSet: RuleSet): string | null {
  return FORM_NUMBERS[kind][ruleSet];
}
