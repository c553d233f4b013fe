import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { AgencyRef, CreateUserBody, Role, SessionUser, UpdateUserBody, User } from '@mot-cua/contracts';
import type { Database, Executor } from '../../db/client';
import type { Clock } from '../../platform/clock';
import { isUniqueViolation } from '../../platform/db-errors';
import { AppError } from '../../platform/errors';
import type { Actor, RequestContext } from '../../platform/request-context';
import { toVietnamIso } from '../../platform/time';
import { recordAudit } from '../audit';
import { orgQueries } from '../org';
import { isStrongPassword, loginThrottle, normalizeUsername, permissionsOf, scopeKindFor } from './auth';
import { authRepository, type UserRow } from './auth.repository';
import { dummyPasswordHash, hashPassword, verifyPassword } from './password-hashing';

export interface AuthServiceDeps {
  db: Database;
  clock: Clock;
  /** Demo mode accepts the demo password for new accounts; production refuses weak passwords. */
  demo: boolean;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
}

export interface ResolvedSession {
  actor: Actor;
  user: SessionUser;
  csrfToken: string;
}

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
const randomToken = () => randomBytes(32).toString('base64url');

export function tokensMatch(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

const unknownAgency: AgencyRef = { id: '00000000-0000-0000-0000-000000000000', code: '', name: '' };

export function createAuthService(deps: AuthServiceDeps) {
  const { db, clock } = deps;

  async function buildSession(ex: Executor, user: UserRow): Promise<{ actor: Actor; user: SessionUser }> {
    const role = user.role as Role;
    const scopeInfo = await orgQueries.agencyScope(ex, user.agencyId);
    const refs = await orgQueries.agencyRefs(ex, [user.agencyId, ...(user.homeAgencyId ? [user.homeAgencyId] : [])]);
    const scopeKind = scopeInfo ? scopeKindFor(role, scopeInfo.kind) : 'AGENCY';
    const permissions = permissionsOf(role);
    const actor: Actor = {
      userId: user.id,
      username: user.username,
      role,
      agencyId: user.agencyId,
      scope: scopeKind === 'ALL' ? 'ALL' : { agencyIds: scopeInfo?.agencyIds ?? [user.agencyId] },
      permissions,
    };
    return {
      actor,
      user: {
        id: user.id,
        username: user.username,
        fullName: user.fullName,
        role,
        agency: refs.get(user.agencyId) ?? unknownAgency,
        homeAgency: user.homeAgencyId ? (refs.get(user.homeAgencyId) ?? null) : null,
        permissions: [...permissions],
        scope: scopeKind,
      },
    };
  }

  function sessionExpiry(now: Date, createdAt: Date): Date {
    const idle = now.getTime() + deps.sessionIdleMinutes * 60_000;
    const absolute = createdAt.getTime() + deps.sessionMaxHours * 3_600_000;
    return new Date(Math.min(idle, absolute));
  }

  function requirePasswordPolicy(password: string, username: string) {
    // Demo mode seeds and accepts demo passwords; anywhere else weak or default passwords are refused.
    if (!deps.demo && !isStrongPassword(password, username)) throw new AppError('WEAK_PASSWORD');
  }

  async function userDtos(ex: Executor, rows: UserRow[]): Promise<User[]> {
    const refs = await orgQueries.agencyRefs(
      ex,
      rows.flatMap((u) => [u.agencyId, ...(u.homeAgencyId ? [u.homeAgencyId] : [])]),
    );
    return rows.map((u) => ({
      id: u.id,
      username: u.username,
      fullName: u.fullName,
      role: u.role as Role,
      agency: refs.get(u.agencyId) ?? unknownAgency,
      homeAgency: u.homeAgencyId ? (refs.get(u.homeAgencyId) ?? null) : null,
      active: u.active,
      createdAt: toVietnamIso(u.createdAt),
      lastLoginAt: u.lastLoginAt ? toVietnamIso(u.lastLoginAt) : null,
    }));
  }

  async function requireAgency(ex: Executor, id: string | null | undefined, path: string) {
    if (id && !(await orgQueries.agencyExists(ex, id))) {
      throw new AppError('VALIDATION_FAILED', {
        message: { vi: 'Cơ quan không tồn tại.', en: 'The agency does not exist.' },
        details: { fields: [{ path, message: 'Không tồn tại' }] },
      });
    }
  }

  return {
    /**
     * Sign in. A wrong username and a wrong password give the same answer in the same time; after repeated
     * failures further attempts are refused for a while (429), whatever the password.
     */
    async login(ctx: RequestContext, username: string, password: string) {
      const now = clock.now();
      const usernameKey = normalizeUsername(username);
      const since = new Date(now.getTime() - loginThrottle.windowMinutes * 60_000);
      const failures = await authRepository.recentFailures(db, usernameKey, ctx.ip, since);
      if (
        failures.pair >= loginThrottle.maxFailuresPerUsernameAndIp ||
        failures.username >= loginThrottle.maxFailuresPerUsername ||
        failures.ip >= loginThrottle.maxFailuresPerIp
      ) {
        throw new AppError('TOO_MANY_REQUESTS', { details: { retryAfterSeconds: loginThrottle.windowMinutes * 60 } });
      }

      const user = await authRepository.findUserByUsername(db, usernameKey);
      const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
      if (!user || !passwordOk || !user.active) {
        await authRepository.insertLoginAttempt(db, { usernameKey, ip: ctx.ip, succeeded: false, attemptedAt: now });
        throw new AppError('INVALID_CREDENTIALS');
      }

      const sessionToken = randomToken();
      const csrfToken = randomToken();
      return db.transaction(async (tx) => {
        await authRepository.insertLoginAttempt(tx, { usernameKey, ip: ctx.ip, succeeded: true, attemptedAt: now });
        await authRepository.insertSession(tx, {
          id: sha256(sessionToken),
          userId: user.id,
          csrfToken,
          createdAt: now,
          lastSeenAt: now,
          expiresAt: sessionExpiry(now, now),
        });
        await authRepository.updateUser(tx, user.id, { lastLoginAt: now });
        const session = await buildSession(tx, user);
        await recordAudit(tx, { ...ctx, actor: session.actor }, clock, {
          action: 'auth.login',
          subjectType: 'user',
          subjectId: user.id,
        });
        return { sessionToken, csrfToken, user: session.user, maxAgeSeconds: deps.sessionMaxHours * 3600 };
      });
    },

    /** The session behind a cookie token, or null. Slides the idle expiry at most once a minute. */
    async resolveSession(sessionToken: string): Promise<ResolvedSession | null> {
      const now = clock.now();
      const id = sha256(sessionToken);
      const found = await authRepository.findLiveSession(db, id, now);
      if (!found || !found.user.active) return null;
      if (now.getTime() - found.session.lastSeenAt.getTime() > 60_000) {
        await authRepository.touchSession(db, id, now, sessionExpiry(now, found.session.createdAt));
      }
      const session = await buildSession(db, found.user);
      return { ...session, csrfToken: found.session.csrfToken };
    },

    async logout(ctx: RequestContext, sessionToken: string): Promise<void> {
      await db.transaction(async (tx) => {
        await authRepository.deleteSession(tx, sha256(sessionToken));
        if (ctx.actor) {
          await recordAudit(tx, ctx, clock, {
            action: 'auth.logout',
            subjectType: 'user',
            subjectId: ctx.actor.userId,
          });
        }
      });
    },

    async changePassword(ctx: RequestContext, currentPassword: string, newPassword: string): Promise<void> {
      const actor = ctx.actor;
      if (!actor) throw new AppError('UNAUTHENTICATED');
      const user = await authRepository.findUser(db, actor.userId);
      if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) {
        throw new AppError('INVALID_CREDENTIALS', {
          message: { vi: 'Mật khẩu hiện tại không đúng.', en: 'The current password is wrong.' },
        });
      }
      if (!isStrongPassword(newPassword, user.username)) throw new AppError('WEAK_PASSWORD');
      const passwordHash = await hashPassword(newPassword);
      await db.transaction(async (tx) => {
        await authRepository.updateUser(tx, user.id, { passwordHash, passwordChangedAt: clock.now() });
        await recordAudit(tx, ctx, clock, { action: 'user.change-password', subjectType: 'user', subjectId: user.id });
      });
    },

    listUsers: async () => userDtos(db, await authRepository.listUsers(db)),

    async createUser(ctx: RequestContext, body: CreateUserBody): Promise<User> {
      requirePasswordPolicy(body.password, body.username);
      const passwordHash = await hashPassword(body.password);
      return db.transaction(async (tx) => {
        await requireAgency(tx, body.agencyId, 'body.agencyId');
        await requireAgency(tx, body.homeAgencyId, 'body.homeAgencyId');
        try {
          const row = await authRepository.insertUser(tx, {
            username: normalizeUsername(body.username),
            fullName: body.fullName,
            passwordHash,
            role: body.role,
            agencyId: body.agencyId,
            homeAgencyId: body.homeAgencyId ?? null,
          });
          await recordAudit(tx, ctx, clock, {
            action: 'user.create',
            subjectType: 'user',
            subjectId: row.id,
            summary: { username: row.username, role: row.role, agencyId: row.agencyId },
          });
          return (await userDtos(tx, [row]))[0]!;
        } catch (error) {
          if (isUniqueViolation(error)) {
            throw new AppError('ALREADY_EXISTS', {
              message: {
                vi: `Tên đăng nhập "${body.username}" đã được dùng.`,
                en: `The username "${body.username}" is taken.`,
              },
            });
          }
          throw error;
        }
      });
    },

    async updateUser(ctx: RequestContext, id: string, patch: UpdateUserBody): Promise<User> {
      return db.transaction(async (tx) => {
        const before = await authRepository.findUser(tx, id);
        if (!before) throw new AppError('NOT_FOUND');
        if (ctx.actor?.userId === id && (patch.active === false || (patch.role && patch.role !== before.role))) {
          throw new AppError('BUSINESS_RULE_VIOLATED', {
            message: {
              vi: 'Không thể tự khóa tài khoản hoặc đổi vai trò của chính mình.',
              en: 'You cannot deactivate yourself or change your own role.',
            },
          });
        }
        await requireAgency(tx, patch.agencyId, 'body.agencyId');
        await requireAgency(tx, patch.homeAgencyId, 'body.homeAgencyId');
        await authRepository.updateUser(tx, id, { ...patch, version: before.version + 1 });
        // A deactivated user or a changed role takes effect at once: end their sessions.
        if (patch.active === false || (patch.role && patch.role !== before.role) || patch.agencyId) {
          await authRepository.deleteSessionsOfUser(tx, id);
        }
        const changes = Object.fromEntries(
          Object.entries(patch).filter(([k, v]) => v !== undefined && (before as Record<string, unknown>)[k] !== v),
        );
        await recordAudit(tx, ctx, clock, {
          action: 'user.update',
          subjectType: 'user',
          subjectId: id,
          summary: { changes },
        });
        return (await userDtos(tx, [(await authRepository.findUser(tx, id))!]))[0]!;
      });
    },

    async resetPassword(ctx: RequestContext, id: string, newPassword: string): Promise<void> {
      const user = await authRepository.findUser(db, id);
      if (!user) throw new AppError('NOT_FOUND');
      requirePasswordPolicy(newPassword, user.username);
      const passwordHash = await hashPassword(newPassword);
      await db.transaction(async (tx) => {
        await authRepository.updateUser(tx, id, { passwordHash, passwordChangedAt: clock.now() });
        await authRepository.deleteSessionsOfUser(tx, id);
        await recordAudit(tx, ctx, clock, { action: 'user.reset-password', subjectType: 'user', subjectId: id });
      });
    },

    /**
     * The first administrator of a production installation (CLI). Always checks password strength, even in
     * demo mode, because this is how real accounts are made.
     */
    async createFirstAdmin(
      ctx: RequestContext,
      input: { username: string; fullName: string; password: string; agencyId: string },
    ): Promise<User> {
      if (!isStrongPassword(input.password, input.username)) throw new AppError('WEAK_PASSWORD');
      const passwordHash = await hashPassword(input.password);
      return db.transaction(async (tx) => {
        if (await authRepository.findUserByUsername(tx, normalizeUsername(input.username))) {
          throw new AppError('ALREADY_EXISTS');
        }
        const row = await authRepository.insertUser(tx, {
          username: normalizeUsername(input.username),
          fullName: input.fullName,
          passwordHash,
          role: 'ADMIN',
          agencyId: input.agencyId,
        });
        await recordAudit(tx, ctx, clock, {
          action: 'user.create-first-admin',
          subjectType: 'user',
          subjectId: row.id,
          summary: { username: row.username },
        });
        return (await userDtos(tx, [row]))[0]!;
      });
    },

    /** The actor of an existing user, for work the system does on a user's behalf (demo simulation, jobs). */
    async actorFor(username: string): Promise<Actor> {
      const user = await authRepository.findUserByUsername(db, normalizeUsername(username));
      if (!user) throw new AppError('NOT_FOUND');
      return (await buildSession(db, user)).actor;
    },

    /** Housekeeping for a periodic job: drop expired sessions and old login attempts. */
    async purgeExpired(): Promise<void> {
      const now = clock.now();
      await authRepository.deleteExpiredSessions(db, now);
      await authRepository.deleteLoginAttemptsBefore(db, new Date(now.getTime() - 7 * 24 * 3_600_000));
    },
  };
}
export type AuthService = ReturnType<typeof createAuthService>;
