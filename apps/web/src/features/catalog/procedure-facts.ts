import type { ProcedureDetail } from '@mot-cua/contracts';

type Channel = ProcedureDetail['channels'][number];
type Fee = Channel['fees'][number];

export interface FeeGroup {
  /** The channels ("Trực tiếp", "Bưu chính công ích"…) these fees apply to. */
  channels: Channel[];
  fees: Fee[];
}

/**
 * Fees per channel, with channels that charge the same merged: most procedures charge alike however the
 * dossier is sent, and a citizen should not read the same line three times.
 */
export function groupChannelFees(channels: readonly Channel[]): FeeGroup[] {
  const groups = new Map<string, FeeGroup>();
  for (const channel of channels) {
    const key = JSON.stringify(channel.fees);
    const group = groups.get(key);
    if (group) group.channels.push(channel);
    else groups.set(key, { channels: [channel], fees: channel.fees });
  }
  return [...groups.values()];
}

/** The case names a document applies to, when it does not apply to every case. */
export function documentCaseNames(
  document: ProcedureDetail['documents'][number],
  cases: ProcedureDetail['cases'],
): string[] {
  if (!document.caseCodes?.length || cases.length < 2) return [];
  return cases.filter((c) => document.caseCodes!.includes(c.code)).map((c) => c.name);
}

/** Whether the procedure can be sent online (fully or in part). */
export function canSubmitOnline(procedure: Pick<ProcedureDetail, 'onlineLevel'>): boolean {
  return procedure.onlineLevel !== 'NONE';
}

/**
 * How to show a fee's amount: a sum, free, or set by another text — "Theo Nghị quyết HĐND tỉnh" when the
 * basis is a resolution of the provincial People's Council (the usual case), the basis itself otherwise.
 */
export type FeeAmount =
  { kind: 'amount'; vnd: number } | { kind: 'free' } | { kind: 'council' } | { kind: 'elsewhere' };

export function feeAmount(fee: Pick<Fee, 'amountVnd' | 'basis'>): FeeAmount {
  if (fee.amountVnd === 0) return { kind: 'free' };
  if (fee.amountVnd !== null) return { kind: 'amount', vnd: fee.amountVnd };
  return /HĐND|Hội đồng nhân dân/i.test(fee.basis) ? { kind: 'council' } : { kind: 'elsewhere' };
}
