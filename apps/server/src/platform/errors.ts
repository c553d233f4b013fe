/**
 * The whole error story: every failure a caller may see has a code here, one HTTP status and a message in
 * Vietnamese and English. Services throw `new AppError(code)`; only platform/http/error-handler.ts turns it
 * into a response `{ error: { code, message, details? } }`.
 */
export const errorTable = {
  VALIDATION_FAILED: {
    status: 400,
    vi: 'Dữ liệu gửi lên không hợp lệ.',
    en: 'The request data is not valid.',
  },
  MALFORMED_JSON: {
    status: 400,
    vi: 'Nội dung gửi lên không phải JSON hợp lệ.',
    en: 'The request body is not valid JSON.',
  },
  BAD_REQUEST: { status: 400, vi: 'Yêu cầu không hợp lệ.', en: 'Bad request.' },
  WEAK_PASSWORD: {
    status: 400,
    vi: 'Mật khẩu quá yếu: cần ít nhất 12 ký tự gồm chữ hoa, chữ thường, số hoặc ký tự đặc biệt, và không được là mật khẩu mặc định.',
    en: 'The password is too weak: use at least 12 characters mixing upper and lower case, digits or symbols, and not a default password.',
  },
  UNAUTHENTICATED: {
    status: 401,
    vi: 'Bạn cần đăng nhập để thực hiện thao tác này.',
    en: 'You need to sign in to do this.',
  },
  INVALID_CREDENTIALS: {
    status: 401,
    vi: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    en: 'Wrong username or password.',
  },
  CSRF_TOKEN_INVALID: {
    status: 403,
    vi: 'Thiếu hoặc sai mã chống giả mạo yêu cầu (X-CSRF-Token). Hãy tải lại trang.',
    en: 'Missing or wrong anti-forgery token (X-CSRF-Token). Reload the page.',
  },
  FORBIDDEN: {
    status: 403,
    vi: 'Bạn không có quyền thực hiện thao tác này.',
    en: 'You are not allowed to do this.',
  },
  NOT_FOUND: { status: 404, vi: 'Không tìm thấy.', en: 'Not found.' },
  METHOD_NOT_ALLOWED: { status: 405, vi: 'Phương thức không được hỗ trợ.', en: 'Method not allowed.' },
  CONFLICT: {
    status: 409,
    vi: 'Dữ liệu đã được người khác thay đổi. Hãy tải lại và thử lại.',
    en: 'Someone else changed this data. Reload and try again.',
  },
  ALREADY_EXISTS: { status: 409, vi: 'Dữ liệu đã tồn tại.', en: 'It already exists.' },
  PAYLOAD_TOO_LARGE: {
    status: 413,
    vi: 'Dữ liệu gửi lên vượt quá dung lượng cho phép.',
    en: 'The request is larger than allowed.',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    vi: 'Định dạng nội dung không được hỗ trợ.',
    en: 'Unsupported content type.',
  },
  ACTION_NOT_ALLOWED: {
    status: 422,
    vi: 'Thao tác không được phép ở trạng thái hiện tại.',
    en: 'This action is not allowed in the current state.',
  },
  BUSINESS_RULE_VIOLATED: {
    status: 422,
    vi: 'Thao tác vi phạm quy định nghiệp vụ.',
    en: 'This breaks a business rule.',
  },
  PROCEDURE_INVALID: {
    status: 422,
    vi: 'Thủ tục chưa đạt các quy định của danh mục: sửa các lỗi được liệt kê rồi công bố lại.',
    en: 'The procedure breaks catalog rules: fix the listed issues, then publish again.',
  },
  IMPORT_INVALID: {
    status: 422,
    vi: 'Tệp nhập có lỗi: không có dữ liệu nào được ghi. Sửa các lỗi được liệt kê (trang, dòng, cột) rồi nhập lại.',
    en: 'The file has errors: nothing was written. Fix the listed issues (sheet, row, column) and import again.',
  },
  CALENDAR_OUT_OF_RANGE: {
    status: 400,
    vi: 'Ngày nằm ngoài khoảng năm mà lịch làm việc hỗ trợ.',
    en: 'The date is outside the range of years the working calendar covers.',
  },
  TOO_MANY_REQUESTS: {
    status: 429,
    vi: 'Bạn đã thử quá nhiều lần. Vui lòng chờ một lúc rồi thử lại.',
    en: 'Too many attempts. Please wait and try again.',
  },
  INTERNAL_ERROR: {
    status: 500,
    vi: 'Lỗi hệ thống. Vui lòng thử lại sau hoặc liên hệ quản trị viên (mã yêu cầu kèm theo).',
    en: 'System error. Try again later or contact the administrator (request id attached).',
  },
  SERVICE_UNAVAILABLE: {
    status: 503,
    vi: 'Hệ thống tạm thời không phục vụ được. Vui lòng thử lại sau.',
    en: 'The service is temporarily unavailable.',
  },
} as const satisfies Record<string, { status: number; vi: string; en: string }>;

export type AppErrorCode = keyof typeof errorTable;
export type Locale = 'vi' | 'en';

export interface LocalizedText {
  vi: string;
  en: string;
}

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly details: unknown;
  /** A more specific message than the table's, in both languages (e.g. naming the rule that was broken). */
  readonly localized: LocalizedText | undefined;

  constructor(code: AppErrorCode, options: { message?: LocalizedText; details?: unknown; cause?: unknown } = {}) {
    super(options.message?.en ?? errorTable[code].en, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.details = options.details;
    this.localized = options.message;
  }

  get status(): number {
    return errorTable[this.code].status;
  }

  messageIn(locale: Locale): string {
    return this.localized?.[locale] ?? errorTable[this.code][locale];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
