import type { z } from 'zod';
import { catalogImportErrorMap, STATUS_NOT_IN_FILE } from '@mot-cua/contracts';

/**
 * Helpers shared by the JSON and the .xlsx import: paths into a procedure, and schema errors flattened into one
 * message per field, in Vietnamese.
 */

export type PathSegment = string | number;

/** `['cases', 0, 'name']` → `cases[0].name`. */
export function formatPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else out += out ? `.${s}` : s;
  }
  return out;
}

/** `cases[0].steps[1].duration` → `['cases', 0, 'steps', 1, 'duration']`. */
export function parsePath(path: string): PathSegment[] {
  const out: PathSegment[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (m[2] !== undefined) out.push(Number(m[2]));
    else if (m[1] !== undefined) out.push(m[1]);
  }
  return out;
}

export interface SchemaProblem {
  path: PathSegment[];
  message: string;
}

function isPlainObject(x: unknown): boolean {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/**
 * Parse with the import's Vietnamese messages and flatten the issues: one problem per unknown field (so each gets
 * its own path), and a union given an object (a step's `{ code }`) reported by the object branch, whose messages say
 * what is wrong inside it rather than "no type matched".
 */
export function schemaProblems(schema: z.ZodType, value: unknown): { data?: unknown; problems: SchemaProblem[] } {
  const result = schema.safeParse(value, { error: catalogImportErrorMap });
  if (result.success) return { data: result.data, problems: [] };
  const problems: SchemaProblem[] = [];
  const walk = (issues: readonly z.core.$ZodIssue[], base: PathSegment[], input: unknown) => {
    for (const issue of issues) {
      const path = [...base, ...(issue.path as PathSegment[])];
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          problems.push({
            path: [...path, key],
            message:
              key === 'status'
                ? STATUS_NOT_IN_FILE
                : `Trường "${key}" không thuộc định dạng tệp (tên trường phân biệt chữ hoa, chữ thường)`,
          });
        }
      } else if (issue.code === 'invalid_union' && isPlainObject(valueAt(input, issue.path as PathSegment[]))) {
        // The branch that failed on something other than the type of the value itself is the one the user meant.
        const meant = issue.errors.find(
          (branch) => !branch.some((i) => i.code === 'invalid_type' && i.path.length === 0),
        );
        if (meant) walk(meant, path, valueAt(input, issue.path as PathSegment[]));
        else problems.push({ path, message: issue.message });
      } else {
        problems.push({ path, message: issue.message });
      }
    }
  };
  walk(result.error.issues, [], value);
  return { problems };
}

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let v = root;
  for (const s of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[s];
  }
  return v;
}

// ---------------------------------------------------------------------------------------------------------------
// JSON syntax errors
// ---------------------------------------------------------------------------------------------------------------

export interface JsonSyntaxError {
  /** Offset of the offending character (the text's length when it ends too early). */
  offset: number;
  line: number;
  column: number;
  message: string;
}

/** Line and column (1-based) of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

/**
 * Where and why JSON text is malformed, in Vietnamese. V8's JSON.parse names no position for most errors
 * ("Unexpected token '}', … is not valid JSON"), and a department editing a file by hand needs the line.
 * Iterative, so that deep nesting cannot overflow the stack. Undefined when the text is well formed.
 */
export function jsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let i = 0;
  const stack: ('{' | '[')[] = [];
  type State = 'value' | 'valueOrEnd' | 'key' | 'keyOrEnd' | 'after';
  let state: State = 'value';
  const fail = (offset: number, message: string): JsonSyntaxError => ({
    offset,
    ...lineAndColumn(text, offset),
    message,
  });
  const skip = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const show = (ch: string) => (ch === '\n' ? 'xuống dòng' : `"${ch}"`);
  /** Scans the string starting at `i` (a quote); returns an error or moves `i` past it. */
  const scanString = (): JsonSyntaxError | undefined => {
    const start = i;
    i++;
    while (i < text.length) {
      const ch = text[i]!;
      if (ch === '"') {
        i++;
        return undefined;
      }
      if (ch === '\\') {
        const next = text[i + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            return fail(i, 'Mã \\u trong chuỗi phải có đúng 4 chữ số thập lục phân');
          }
          i += 6;
          continue;
        }
        if (next === undefined || !ESCAPES.has(next)) {
          return fail(i, 'Dấu \\ trong chuỗi phải viết thành \\\\ (hoặc là một mã hợp lệ như \\n, \\")');
        }
        i += 2;
        continue;
      }
      if (ch.charCodeAt(0) < 0x20) {
        return fail(
          i,
          'Chuỗi không được chứa ký tự xuống dòng hay tab trực tiếp: viết \\n hoặc \\t, hoặc thiếu dấu " đóng chuỗi',
        );
      }
      i++;
    }
    return fail(start, 'Chuỗi mở bằng dấu " nhưng không có dấu " đóng');
  };

  for (;;) {
    skip();
    const ch = text[i];
    switch (state) {
      case 'valueOrEnd':
      case 'value': {
        if (ch === undefined) return fail(i, 'Tệp kết thúc khi còn thiếu một giá trị');
        if (state === 'valueOrEnd' && ch === ']') {
          stack.pop();
          i++;
          state = 'after';
          break;
        }
        if (ch === '{') {
          stack.push('{');
          i++;
          state = 'keyOrEnd';
        } else if (ch === '[') {
          stack.push('[');
          i++;
          state = 'valueOrEnd';
        } else if (ch === '"') {
          const error = scanString();
          if (error) return error;
          state = 'after';
        } else if (ch === '-' || (ch >= '0' && ch <= '9')) {
          NUMBER.lastIndex = i;
          const m = NUMBER.exec(text);
          if (!m)
            return fail(
              i,
              'Số không hợp lệ: ghi như 12, 7.5 hoặc -3 (dấu chấm thập phân, không có dấu phân cách nghìn)',
            );
          i += m[0].length;
          state = 'after';
        } else if (/^(true|false|null)\b/.test(text.slice(i, i + 6))) {
          i += text.startsWith('true', i) || text.startsWith('null', i) ? 4 : 5;
          state = 'after';
        } else if (ch === ']' || ch === '}') {
          return fail(i, `Dấu phẩy thừa trước ${show(ch)}, hoặc thiếu một giá trị`);
        } else {
          return fail(
            i,
            `Ký tự ${show(ch)} không mở đầu một giá trị JSON: chuỗi phải đặt trong dấu nháy kép, giá trị đúng/sai/rỗng viết true, false, null`,
          );
        }
        break;
      }
      case 'keyOrEnd':
      case 'key': {
        if (ch === undefined) return fail(i, 'Tệp kết thúc khi đối tượng { chưa được đóng bằng }');
        if (state === 'keyOrEnd' && ch === '}') {
          stack.pop();
          i++;
          state = 'after';
          break;
        }
        if (ch === '}') return fail(i, 'Dấu phẩy thừa trước "}"');
        if (ch !== '"') return fail(i, `Tên trường phải đặt trong dấu nháy kép (gặp ${show(ch)})`);
        const error = scanString();
        if (error) return error;
        skip();
        if (text[i] !== ':') return fail(i, 'Thiếu dấu hai chấm (:) sau tên trường');
        i++;
        state = 'value';
        break;
      }
      case 'after': {
        const top = stack[stack.length - 1];
        if (top === undefined) {
          return ch === undefined ? undefined : fail(i, `Có nội dung thừa sau khi JSON đã kết thúc (gặp ${show(ch)})`);
        }
        const close = top === '{' ? '}' : ']';
        if (ch === undefined) return fail(i, `Tệp kết thúc khi ${top} chưa được đóng bằng ${close}`);
        if (ch === ',') {
          i++;
          state = top === '{' ? 'key' : 'value';
        } else if (ch === close) {
          stack.pop();
          i++;
        } else {
          return fail(i, `Thiếu dấu phẩy (,) hoặc dấu đóng ${close} trước ${show(ch)}`);
        }
        break;
      }
    }
  }
}
