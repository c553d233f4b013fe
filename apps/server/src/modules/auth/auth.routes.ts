import type {} from '@fastify/cookie';
import {
  changePasswordBodySchema,
  createUserBodySchema,
  loginBodySchema,
  loginResponseSchema,
  meResponseSchema,
  okSchema,
  Permission,
  resetPasswordBodySchema,
  updateUserBodySchema,
  userSchema,
} from '@mot-cua/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../platform/errors';
import { contextOf } from '../../platform/http/context';
import { SESSION_COOKIE } from './auth.guard';
import type { AuthService } from './auth.service';

const tags = ['auth'];
const idParams = z.object({ id: z.uuid() });

export function authRoutes(service: AuthService): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/auth/login',
      {
        config: { access: 'public', csrfExempt: true },
        schema: {
          tags,
          summary: 'Đăng nhập (đặt cookie phiên, trả về mã CSRF)',
          body: loginBodySchema,
          response: { 200: loginResponseSchema },
        },
      },
      async (request, reply) => {
        const result = await service.login(contextOf(request), request.body.username, request.body.password);
        reply.setCookie(SESSION_COOKIE, result.sessionToken, {
          httpOnly: true,
          sameSite: 'lax',
          secure: request.protocol === 'https',
          path: '/',
          maxAge: result.maxAgeSeconds,
        });
        return { user: result.user, csrfToken: result.csrfToken };
      },
    );

    app.post(
      '/api/auth/logout',
      {
        config: { access: 'authenticated' },
        schema: { tags, summary: 'Đăng xuất', response: { 200: okSchema } },
      },
      async (request, reply) => {
        const token = request.cookies[SESSION_COOKIE];
        if (token) await service.logout(contextOf(request), token);
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return { ok: true as const };
      },
    );

    app.get(
      '/api/auth/me',
      {
        config: { access: 'authenticated' },
        schema: { tags, summary: 'Người dùng hiện tại và mã CSRF', response: { 200: meResponseSchema } },
      },
      async (request) => {
        const session = request.session;
        if (!session) throw new AppError('UNAUTHENTICATED');
        return { user: session.user, csrfToken: session.csrfToken };
      },
    );

    app.post(
      '/api/auth/password',
      {
        config: { access: 'authenticated' },
        schema: { tags, summary: 'Đổi mật khẩu', body: changePasswordBodySchema, response: { 200: okSchema } },
      },
      async (request) => {
        await service.changePassword(contextOf(request), request.body.currentPassword, request.body.newPassword);
        return { ok: true as const };
      },
    );

    // User administration -------------------------------------------------------------------------------

    app.get(
      '/api/admin/users',
      {
        config: { access: Permission.USERS_MANAGE },
        schema: { tags, summary: 'Danh sách tài khoản', response: { 200: z.object({ items: z.array(userSchema) }) } },
      },
      async () => ({ items: await service.listUsers() }),
    );

    app.post(
      '/api/admin/users',
      {
        config: { access: Permission.USERS_MANAGE },
        schema: { tags, summary: 'Tạo tài khoản', body: createUserBodySchema, response: { 201: userSchema } },
      },
      async (request, reply) => reply.status(201).send(await service.createUser(contextOf(request), request.body)),
    );

    app.patch(
      '/api/admin/users/:id',
      {
        config: { access: Permission.USERS_MANAGE },
        schema: {
          tags,
          summary: 'Sửa tài khoản',
          params: idParams,
          body: updateUserBodySchema,
          response: { 200: userSchema },
        },
      },
      (request) => service.updateUser(contextOf(request), request.params.id, request.body),
    );

    app.post(
      '/api/admin/users/:id/reset-password',
      {
        config: { access: Permission.USERS_MANAGE },
        schema: {
          tags,
          summary: 'Đặt lại mật khẩu',
          params: idParams,
          body: resetPasswordBodySchema,
          response: { 200: okSchema },
        },
      },
      async (request) => {
        await service.resetPassword(contextOf(request), request.params.id, request.body.newPassword);
        return { ok: true as const };
      },
    );
  };
}
