import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/**
 * The only place that reads the environment. Parsed once at start; every key has a default that makes
 * `npm start` work with no .env file (embedded PGlite in ./data, demo data, port 3000).
 */
const booleanFlag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', ''])
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  /** Demo mode seeds the demo center and demo logins. Default: on for the embedded database, off for PostgreSQL. */
  DEMO: booleanFlag.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Trust X-Forwarded-* from a reverse proxy (needed for Secure cookies and client IPs behind TLS termination). */
  TRUST_PROXY: booleanFlag.default(false),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(24 * 60)
    .default(120),
  SESSION_MAX_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 7)
    .default(12),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(50_000_000).default(1_000_000),
  WEB_DIST_DIR: z.string().optional(),
  PUBLIC_BASE_URL: z.string().url().optional(),
  /** Dossiers received from this date follow Decree 118/2025 + Circular 03/2025; before it Decree 61/2018 + Circular 01/2018. */
  RULE_SET_CUTOVER: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'RULE_SET_CUTOVER must be YYYY-MM-DD')
    .default('2025-07-01'),
  /** How many dossiers the living demo center starts with (first start in demo mode only; 0 for none). */
  DEMO_DOSSIERS: z.coerce.number().int().min(0).max(5000).default(150),
  /** Largest accepted upload (scans of dossier components and results), in bytes. */
  UPLOAD_LIMIT_BYTES: z.coerce.number().int().min(10_000).max(200_000_000).default(20_000_000),
  /**
   * Most rows one register PDF (Form 06) prints: ≈ 1.4 s and 180 pages per 2,000 rows (BENCHMARKS.md, documents),
   * all held in memory; a longer period is refused with a message asking for a shorter one.
   */
  REGISTER_MAX_ROWS: z.coerce.number().int().min(10).max(10_000).default(2000),
  /** Worker threads that draw PDFs off the event loop; 0 draws them in the request's thread. */
  PDF_THREADS: z.coerce.number().int().min(0).max(8).default(1),
});

export type DatabaseConfig = { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string };

export interface AppConfig {
  port: number;
  host: string;
  database: DatabaseConfig;
  demo: boolean;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  nodeEnv: z.infer<typeof envSchema>['NODE_ENV'];
  trustProxy: boolean;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  bodyLimitBytes: number;
  webDistDir: string;
  publicBaseUrl: string | undefined;
  ruleSetCutover: string;
  demoDossiers: number;
  uploadLimitBytes: number;
  registerMaxRows: number;
  pdfThreads: number;
  blobDir: string;
  version: string;
}

export class ConfigError extends Error {}

export function parseConfig(env: NodeJS.ProcessEnv, cwd: string): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid environment:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const database: DatabaseConfig = e.DATABASE_URL
    ? { kind: 'postgres', url: e.DATABASE_URL }
    : { kind: 'pglite', dataDir: path.resolve(cwd, e.DATA_DIR) };
  return {
    port: e.PORT,
    host: e.HOST,
    database,
    // Demo data only where nobody would mistake it for production: the embedded default, or DEMO=1 explicitly.
    demo: e.DEMO ?? database.kind === 'pglite',
    logLevel: e.LOG_LEVEL,
    nodeEnv: e.NODE_ENV,
    trustProxy: e.TRUST_PROXY,
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    sessionMaxHours: e.SESSION_MAX_HOURS,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    webDistDir: e.WEB_DIST_DIR
      ? path.resolve(cwd, e.WEB_DIST_DIR)
      : fileURLToPath(new URL('../../web/dist', import.meta.url)),
    publicBaseUrl: e.PUBLIC_BASE_URL,
    ruleSetCutover: e.RULE_SET_CUTOVER,
    demoDossiers: e.DEMO_DOSSIERS,
    uploadLimitBytes: e.UPLOAD_LIMIT_BYTES,
    registerMaxRows: e.REGISTER_MAX_ROWS,
    pdfThreads: e.PDF_THREADS,
    // Files live beside the embedded database; with PostgreSQL, in DATA_DIR too (S3 would replace the adapter).
    blobDir: path.resolve(cwd, e.DATA_DIR, 'blobs'),
    version: '0.1.0',
  };
}

/** Reads process.env once. Everything else receives the resulting AppConfig. */
export function loadConfig(): AppConfig {
  return parseConfig(process.env, process.cwd());
}
