// The demo's staff side: the demo shop's owner takes the paid order through the staff function's steps, the
// kitchen ticket printing in the sandbox printer on accept.
import path from 'node:path';
import type { LocalCloud, PrintedTicket } from '../../emulator/src';
import type { ActionName, InputOf, OutputOf } from '../../typings/contracts';
import type { OrderView } from '../../typings/contracts/order';
import type { StaffOrderInput, StaffOrderOutput } from '../../typings/contracts/staff';
import { GatewayClient } from './gateway-client';

/** The demo shop's owner (database/seed/demo/staff.json). */
export const DEMO_OWNER = 'o-demo-owner';
/** Lines of each printed ticket shown in the log. */
const TICKET_LINES_SHOWN = 4;

/** A staff action that takes just `{ orderId }` and answers the order's new status: a step through the kitchen. */
type OrderStep = {
  [A in ActionName<'staff'>]: [InputOf<'staff', A>] extends [StaffOrderInput]
    ? [StaffOrderInput] extends [InputOf<'staff', A>]
      ? [OutputOf<'staff', A>] extends [StaffOrderOutput]
        ? A
        : never
      : never
    : never;
}[ActionName<'staff'>];

/**
 * The owner's steps on a paid order, in order: accept (PAID → ACCEPTED, the ticket prints), mark ready
 * (ACCEPTED → READY, the customer is told). `complete` (READY → COMPLETED) is appended here once the staff
 * function has it; the type only lets in actions the staff contract defines.
 */
export const DEMO_STAFF_STEPS = ['accept', 'markReady', 'complete'] as const satisfies readonly OrderStep[];

/** Plays the staff side on the customer's paid order; logs each step, the ticket's first lines and its file. */
export async function playStaffDemo(
  cloud: LocalCloud,
  order: OrderView,
  log: (line: string) => void,
  steps: readonly OrderStep[] = DEMO_STAFF_STEPS,
): Promise<void> {
  const owner = new GatewayClient(cloud.baseUrl, DEMO_OWNER);
  let number = 6;
  for (const step of steps) {
    const printedBefore = cloud.printer.tickets().length;
    const answer = await owner.expect('staff', step, { orderId: order.id });
    await cloud.scheduler.idle();
    log(
      `  ${String(number++)}. staff.${step} by the owner (${DEMO_OWNER}): order ${order.id} is ${answer.status}`,
    );
    for (const ticket of cloud.printer.tickets().slice(printedBefore)) {
      for (const line of ticketLines(ticket)) log(line);
    }
  }
}

/** `ticket printed on SANDBOX-KITCHEN: <its file, or its job in memory>` and its first lines, for the log. */
function ticketLines(ticket: PrintedTicket): string[] {
  const where = ticket.file ? path.relative(process.cwd(), ticket.file) : `job ${ticket.jobId} (in memory)`;
  const lines = ticket.text.split('\n').filter((line) => line.trim() !== '');
  return [
    `       ticket printed on ${ticket.serial}: ${where}`,
    ...lines.slice(0, TICKET_LINES_SHOWN).map((line) => `       | ${line}`),
    ...(lines.length > TICKET_LINES_SHOWN
      ? [`       | … ${String(lines.length - TICKET_LINES_SHOWN)} more lines`]
      : []),
  ];
}
