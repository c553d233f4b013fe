export { createAuthService, type AuthService } from './auth.service';
export { authRoutes } from './auth.routes';
export { authGuard, SESSION_COOKIE } from './auth.guard';
export { hashPassword } from './password-hashing';
export { isStrongPassword, permissionsOf } from './auth';
export { authQueries, type UserSummary } from './auth.queries';
