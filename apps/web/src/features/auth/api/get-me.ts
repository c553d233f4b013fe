import type { LoginResponse, SessionUser } from '@mot-cua/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, setCsrfToken } from '../../../lib/api-client';

export const meQueryKey = ['auth', 'me'] as const;

/** GET /api/auth/me: who is signed in, and the CSRF token for this session (kept in memory). */
export async function getMe(signal?: AbortSignal): Promise<LoginResponse> {
  const me = await api.get<LoginResponse>('/api/auth/me', { signal });
  setCsrfToken(me.csrfToken);
  return me;
}

export const meQueryOptions = () =>
  queryOptions({
    queryKey: meQueryKey,
    queryFn: ({ signal }) => getMe(signal),
    retry: false,
    staleTime: 5 * 60_000,
  });

export const useMe = () => useQuery(meQueryOptions());

/** The signed-in user inside the staff area (the staff route has loaded it before rendering its pages). */
export function useSessionUser(): SessionUser {
  const me = useMe();
  if (!me.data) throw new Error('useSessionUser is only available inside the staff area');
  return me.data.user;
}
