import { startTestCloud, type TestCloud } from '../../test/support/test-cloud';
import { playDemo } from './demo';
import { DEMO_STAFF_STEPS, playStaffDemo } from './demo-staff';

// `npm start`'s demo on a local cloud: the customer's visit, then the owner's steps with the kitchen ticket.
let local: TestCloud;
beforeAll(async () => {
  local = await startTestCloud();
});
afterAll(() => local.close());

test('the customer pays, the owner accepts (a ticket prints), marks it ready and so on, each step logged', async () => {
  const lines: string[] = [];
  const order = await playDemo(local.cloud, (line) => lines.push(line));
  expect(order.status).toBe('PAID');
  await playStaffDemo(local.cloud, order, (line) => lines.push(line));

  const stepLines = DEMO_STAFF_STEPS.map((step) =>
    lines.find((line) => line.includes(`staff.${step} by the owner (o-demo-owner): order ${order.id} is `)),
  );
  expect(stepLines).not.toContain(undefined);
  expect(stepLines[0]).toMatch(/is ACCEPTED$/);
  expect(stepLines[1]).toMatch(/is READY$/);
  const [stored] = local.cloud.database.find('orders', { _id: order.id });
  expect(stepLines.at(-1)).toMatch(new RegExp(`is ${String(stored?.status)}$`));

  const tickets = local.cloud.printer.tickets();
  expect(tickets).toHaveLength(1);
  expect(tickets[0]?.text).toContain(`#${order.pickupNumber ?? '?'}`);
  expect(lines).toEqual(
    expect.arrayContaining([
      `       ticket printed on ${tickets[0]?.serial ?? '?'}: job ${tickets[0]?.jobId ?? '?'} (in memory)`,
      expect.stringMatching(new RegExp(`^ {7}\\| +#${order.pickupNumber ?? '?'}$`)),
    ]),
  );
});
