import { wxContext } from '../../server/runtime/cloud';
import { handleNotice, type NotifyReply } from '../../server/services/payment/notify-service';

// notify: cloud payment's callback for payment and refund notices; believed only from the payment platform.
export async function main(event: unknown): Promise<NotifyReply> {
  return handleNotice(event, wxContext().SOURCE ?? '', Date.now());
}
