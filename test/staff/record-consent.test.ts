import { SUBSCRIBE_CONFIG } from '../../server/runtime/config';
import { subscriptionId } from '../../server/repositories/subscription-repository';
import { appConfig } from '../../miniprogram/config';
import { dataOf } from '../support/results';
import { schemaProblems } from '../support/schema-check';
import { startTestCloud, type TestCloud } from '../support/test-cloud';

const ORDER_READY = appConfig.subscribeTemplates.orderReady;
/** The owners' "staff changed" template: known to the server, so answered too (0 here). */
const STAFF_CHANGE = SUBSCRIBE_CONFIG.demoStaffChangeTemplateId;
const ORDER_REJECTED = SUBSCRIBE_CONFIG.demoOrderRejectedTemplateId;

let shop: TestCloud;
beforeAll(async () => {
  shop = await startTestCloud();
});
afterAll(() => shop.close());

const record = (openid: string, decisions: Record<string, 'accept' | 'reject' | 'ban' | 'filter'>) =>
  shop.call('account', 'recordConsent', { decisions }, openid);

function stored(openid: string): Array<Record<string, unknown>> {
  return shop.cloud.database.find('subscriptions', { _openid: openid });
}

test('the mini program and the server name the same demo "order ready" template', () => {
  expect(ORDER_READY).toBe(SUBSCRIBE_CONFIG.demoOrderReadyTemplateId);
});

test('each accept adds one credit on one document per customer and template; rejects add none', async () => {
  expect(dataOf(await record('o-consenting', { [ORDER_READY]: 'accept' }))).toEqual({
    credits: { [ORDER_READY]: 1, [STAFF_CHANGE]: 0, [ORDER_REJECTED]: 0 },
  });
  expect(dataOf(await record('o-consenting', { [ORDER_READY]: 'reject' }))).toEqual({
    credits: { [ORDER_READY]: 1, [STAFF_CHANGE]: 0, [ORDER_REJECTED]: 0 },
  });
  expect(dataOf(await record('o-consenting', { [ORDER_READY]: 'accept' }))).toEqual({
    credits: { [ORDER_READY]: 2, [STAFF_CHANGE]: 0, [ORDER_REJECTED]: 0 },
  });
  const [document, ...others] = stored('o-consenting');
  expect(others).toEqual([]);
  expect(document).toMatchObject({
    _id: subscriptionId('o-consenting', ORDER_READY),
    templateId: ORDER_READY,
    credits: 2,
  });
  expect(schemaProblems('subscriptions', document ?? {})).toEqual([]);
});

test('concurrent first records meet on one document and none is lost', async () => {
  const results = await Promise.all(
    Array.from({ length: 5 }, () => record('o-many-prompts', { [ORDER_READY]: 'accept' })),
  );
  for (const result of results) expect(result.ok).toBe(true);
  expect(stored('o-many-prompts')).toEqual([expect.objectContaining({ credits: 5 })]);
});

test('credits stop at the schema cap', async () => {
  const openid = 'o-at-the-cap';
  shop.cloud.database.insert('subscriptions', [
    {
      _id: subscriptionId(openid, ORDER_READY),
      _openid: openid,
      templateId: ORDER_READY,
      credits: SUBSCRIBE_CONFIG.maxCredits,
      createdAt: new Date(),
      updatedAt: new Date(),
    },
  ]);
  expect(dataOf(await record(openid, { [ORDER_READY]: 'accept' })).credits[ORDER_READY]).toBe(
    SUBSCRIBE_CONFIG.maxCredits,
  );
});

test('a template the shop does not send with is INVALID_INPUT and nothing is recorded', async () => {
  expect(await record('o-forger', { [ORDER_READY]: 'accept', 'tpl-someone-else': 'accept' })).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT' },
  });
  expect(await record('o-forger', {})).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  expect(
    await shop.callRaw(
      'account',
      { action: 'recordConsent', input: { decisions: { [ORDER_READY]: 'yes' } } },
      'o-forger',
    ),
  ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  expect(stored('o-forger')).toEqual([]);
});

test('the owner is the caller, whatever the input says; export shows the credits and erase removes them', async () => {
  expect(
    await shop.callRaw(
      'account',
      { action: 'recordConsent', input: { decisions: { [ORDER_READY]: 'accept' }, openid: 'o-victim' } },
      'o-impostor',
    ),
  ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  dataOf(await record('o-private', { [ORDER_READY]: 'accept' }));
  const exported = dataOf(await shop.call('account', 'privacyExport', {}, 'o-private'));
  expect(exported.consents).toEqual([expect.objectContaining({ templateId: ORDER_READY, credits: 1 })]);
  const erased = dataOf(await shop.call('account', 'privacyErase', { confirm: 'erase' }, 'o-private'));
  expect(erased.removed.consents).toBe(1);
  expect(stored('o-private')).toEqual([]);
});
