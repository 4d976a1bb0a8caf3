// The customer's side of the payment sheet in the scripts: find the sandbox trade behind a sheet and pay it.
import type { LocalCloud, PaymentAttemptResult } from '../../emulator/src';

/** Pays the sandbox trade behind a payment sheet (`package: 'prepay_id=…'`), as the customer would; says how it went. */
export async function payOnSheet(
  cloud: LocalCloud,
  payment: { package: string },
): Promise<PaymentAttemptResult['outcome']> {
  const trade = cloud.payments.tradeForPayment(payment.package);
  if (!trade) throw new Error(`the payment sandbox has no trade for ${payment.package}`);
  const attempt = await cloud.payments.pay(trade.outTradeNo, 'success');
  return attempt.outcome;
}
