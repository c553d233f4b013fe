import { boolean, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { citext, timestamptz } from './columns';
import { agencies } from './org';

/** Staff accounts. Every user belongs to an agency, which bounds what they may see. */
export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  username: citext('username').notNull().unique(),
  fullName: text('full_name').notNull(),
  /** argon2id hash (PHC string). */
  passwordHash: text('password_hash').notNull(),
  role: text('role').notNull(),
  /** Where the user works; determines the data scope. */
  agencyId: uuid('agency_id')
    .notNull()
    .references(() => agencies.id),
  /** The department that seconded the user to the center, if any. */
  homeAgencyId: uuid('home_agency_id').references(() => agencies.id),
  active: boolean('active').notNull().default(true),
  isDemo: boolean('is_demo').notNull().default(false),
  version: integer('version').notNull().default(1),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
  lastLoginAt: timestamptz('last_login_at'),
  passwordChangedAt: timestamptz('password_changed_at').notNull().defaultNow(),
});

/** Server-side sessions. The cookie holds a random token; only its SHA-256 is stored. */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    lastSeenAt: timestamptz('last_seen_at').notNull().defaultNow(),
    expiresAt: timestamptz('expires_at').notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** Failed and successful logins, for throttling (kept in the database so several processes agree). */
export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    usernameKey: text('username_key').notNull(),
    ip: text('ip').notNull(),
    succeeded: boolean('succeeded').notNull(),
    attemptedAt: timestamptz('attempted_at').notNull().defaultNow(),
  },
  (t) => [
    index('login_attempts_username_idx').on(t.usernameKey, t.attemptedAt),
    index('login_attempts_ip_idx').on(t.ip, t.attemptedAt),
  ],
);
