import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { ResetPasswordBody } from '../../../lib/contract-types';

export function resetPassword({ id, body }: { id: string; body: ResetPasswordBody }): Promise<{ ok: true }> {
  return api.post<{ ok: true }>(`/api/admin/users/${id}/reset-password`, body);
}

export function useResetPassword() {
  return useMutation({ mutationFn: resetPassword });
}
