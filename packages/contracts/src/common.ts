import { z } from 'zod';

/** A calendar date without time, `YYYY-MM-DD`, interpreted in Asia/Ho_Chi_Minh. */
export const plainDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD')
  .refine((value) => {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, 'Ngày không tồn tại');
export type PlainDate = z.infer<typeof plainDateSchema>;

export const uuidSchema = z.uuid();

/** Every error response has this body. `details` carries field paths for validation errors. */
export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

export const fieldIssueSchema = z.object({ path: z.string(), message: z.string() });
export type FieldIssue = z.infer<typeof fieldIssueSchema>;

/** Page size is capped on the server; absurd values are clamped, not refused. */
export const MAX_PAGE_SIZE = 200;
export const paginationQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce
    .number()
    .int()
    .min(1)
    .default(20)
    .transform((n) => Math.min(n, MAX_PAGE_SIZE)),
});

export const okSchema = z.object({ ok: z.literal(true) });
