// Tests choose their database from the environment, like config.ts (lint allows this file).
/** PostgreSQL server for the second CI run, e.g. postgres://postgres@127.0.0.1:5432/postgres. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || undefined;

export function adminUrl(): string {
  return TEST_DATABASE_URL!;
}

/** One template per run, so that parallel runs on one server do not collide. */
export function templateName(): string {
  process.env.MOTCUA_TEST_RUN ??= `${process.pid}`;
  return `motcua_tpl_${process.env.MOTCUA_TEST_RUN}`;
}
