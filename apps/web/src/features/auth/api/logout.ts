import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken } from '../../../lib/api-client';

export function logout(): Promise<{ ok: true }> {
  return api.post<{ ok: true }>('/api/auth/logout');
}

/** Signs out and forgets everything cached for this user, even when the server call fails. */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: () => {
      setCsrfToken(null);
      queryClient.clear();
    },
  });
}
