import type { ProcedureIssue } from '@mot-cua/contracts';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { adminProcedureUrl } from './get-admin-procedure';

export interface ProcedureValidation {
  valid: boolean;
  /** The version checked: the draft, else the published version. */
  version: number;
  issues: ProcedureIssue[];
}

/** POST /api/admin/catalog/procedures/:code/validate: every catalog rule on the saved draft. Writes nothing. */
export function validateProcedure(code: string): Promise<ProcedureValidation> {
  return api.post<ProcedureValidation>(`${adminProcedureUrl(code)}/validate`);
}

export function useValidateProcedure() {
  return useMutation({ mutationFn: validateProcedure });
}
