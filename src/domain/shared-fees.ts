import type { RulePack } from './rule-pack';

/**
 * One payment that covers several credentials (AMT's yearly fee covers RMA and CMAS held
 * together): each credential's pack lists the fee, with `covers` naming the other packs.
 * Where the person holds more than one of them, the fee is shown once with the
 * credentials it covers, and counted once in any total.
 */

export interface HeldCredential {
  id: number;
  /** The credential's pack with the holder's own changes applied. */
  pack: Pick<RulePack, 'id' | 'credential' | 'fees'>;
}

/** One fee as the person pays it: the credentials it covers, in the order they were added. */
export interface FeePayment {
  label: string;
  amount: number;
  every: 'renewal' | 'year';
  unverified: boolean;
  credentialIds: number[];
  /** Each covered credential's fee, by its place in that credential's fee list. */
  feeOf: Map<number, number>;
}

/** Every fee the person pays, a shared one once. */
export function feePayments(held: readonly HeldCredential[]): FeePayment[] {
  const payments: FeePayment[] = [];
  const byFee = new Map<string, FeePayment>();
  for (const credential of held) {
    credential.pack.fees.forEach((fee, index) => {
      const partner = held.find(
        (other) =>
          other.id !== credential.id &&
          byFee.has(`${other.id}:${fee.every}`) &&
          (fee.covers.includes(other.pack.id) ||
            other.pack.fees.some((f) => f.every === fee.every && f.covers.includes(credential.pack.id))),
      );
      const shared = partner ? byFee.get(`${partner.id}:${fee.every}`) : undefined;
      if (shared && !shared.credentialIds.includes(credential.id)) {
        shared.credentialIds.push(credential.id);
        shared.feeOf.set(credential.id, index);
        // Two packs that disagree on the amount: the larger, so a total never comes out short.
        shared.amount = Math.max(shared.amount, fee.amount);
        shared.unverified ||= fee.unverified;
        return;
      }
      const payment: FeePayment = {
        label: fee.label,
        amount: fee.amount,
        every: fee.every,
        unverified: fee.unverified,
        credentialIds: [credential.id],
        feeOf: new Map([[credential.id, index]]),
      };
      payments.push(payment);
      if (
        fee.covers.length > 0 ||
        held.some((o) => o.pack.fees.some((f) => f.covers.includes(credential.pack.id)))
      )
        byFee.set(`${credential.id}:${fee.every}`, payment);
    });
  }
  return payments;
}

/** For one credential: its fees (by place in its list) that also cover others it holds, with those credentials' names. */
export function sharedFeesOf(held: readonly HeldCredential[], credentialId: number): Map<number, string[]> {
  const names = new Map(held.map((c) => [c.id, c.pack.credential]));
  const shared = new Map<number, string[]>();
  for (const payment of feePayments(held)) {
    const index = payment.feeOf.get(credentialId);
    if (index === undefined || payment.credentialIds.length < 2) continue;
    shared.set(
      index,
      payment.credentialIds.map((id) => names.get(id) ?? ''),
    );
  }
  return shared;
}

/** What the person pays a year and at renewals across every credential, a shared fee once. */
export function feeTotals(held: readonly HeldCredential[]): { year: number; renewal: number } {
  const totals = { year: 0, renewal: 0 };
  for (const payment of feePayments(held)) totals[payment.every] += payment.amount;
  return totals;
}
