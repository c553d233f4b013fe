import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors';

/** The first path (e.g. `body.applicant.fullName`) holding a string with a NUL character, if any. */
function findNul(value: unknown, path: string, depth = 0): string | undefined {
  if (depth > 20) return undefined;
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findNul(value[i], `${path}.${i}`, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      const found = findNul(v, `${path}.${key}`, depth + 1);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * PostgreSQL cannot store the NUL character in text, and no legitimate input contains it: refuse it in the
 * path, query and body before validation, with a 400 naming where it was, instead of a database error.
 */
export function registerInputGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const where =
      findNul(request.params, 'params') ?? findNul(request.query, 'querystring') ?? findNul(request.body, 'body');
    if (where) {
      throw new AppError('VALIDATION_FAILED', {
        message: { vi: 'Dữ liệu chứa ký tự không hợp lệ (NUL).', en: 'The input contains an invalid character (NUL).' },
        details: { fields: [{ path: where, message: 'Ký tự NUL không được phép' }] },
      });
    }
  });
}
