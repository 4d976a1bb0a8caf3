import { type OpenApiFixture, startOpenApiFixture } from './openapi-fixture';

const TEMPLATE = 'tmpl-order-ready';
let fixture: OpenApiFixture;
beforeAll(async () => {
  fixture = await startOpenApiFixture();
});
afterAll(() => fixture.close());

const call: OpenApiFixture['call'] = (name, event) => fixture.call(name, event);

const orderReady = (touser: string, extra: Record<string, unknown> = {}) => ({
  touser,
  templateId: TEMPLATE,
  page: 'pages/order/detail?id=o1',
  data: {
    thing1: { value: '拿铁 大杯' },
    character_string2: { value: 'A017' },
    phrase3: { value: '待取餐' },
  },
  miniprogramState: 'developer',
  ...extra,
});

const postSubscribe = async (openid: string | undefined, body: unknown) => {
  const response = await fetch(`${fixture.baseUrl}/client/subscribe`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(openid && { 'x-wx-openid': openid }) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

describe('subscribeMessage.send', () => {
  test('is refused with -604101 when the calling function lacks the openapi permission', async () => {
    fixture.openapi.grantConsent('oNoPerm', [TEMPLATE]);
    const outcome = await call('notifyWithoutPermission', orderReady('oNoPerm'));
    expect(outcome).toMatchObject({ ok: false, errCode: -604101 });
    expect(fixture.openapi.consentCredits('oNoPerm', TEMPLATE)).toBe(1);
    expect(fixture.openapi.outbox().filter((m) => m.touser === 'oNoPerm')).toEqual([]);
  });

  test('is refused with 43101 without consent', async () => {
    const outcome = await call('notify', orderReady('oNeverAsked'));
    expect(outcome).toMatchObject({ ok: false, errCode: 43101 });
    expect(outcome.errMsg).toContain('openapi.subscribeMessage.send:fail');
  });

  test('spends one consent credit per message: a second send without new consent is refused', async () => {
    fixture.openapi.grantConsent('oAlice', [TEMPLATE]);
    await fixture.clock.advance(1234);
    const first = await call('notify', orderReady('oAlice'));
    expect(first).toMatchObject({ ok: true, result: { errCode: 0 } });
    expect(fixture.openapi.consentCredits('oAlice', TEMPLATE)).toBe(0);

    const second = await call('notify', orderReady('oAlice'));
    expect(second).toMatchObject({ ok: false, errCode: 43101 });

    const sent = fixture.openapi.outbox().filter((m) => m.touser === 'oAlice');
    expect(sent).toEqual([
      {
        touser: 'oAlice',
        templateId: TEMPLATE,
        page: 'pages/order/detail?id=o1',
        data: {
          thing1: { value: '拿铁 大杯' },
          character_string2: { value: 'A017' },
          phrase3: { value: '待取餐' },
        },
        miniprogramState: 'developer',
        sentBy: 'notify',
        sentAtMs: fixture.clock.now(),
      },
    ]);
  });

  test('consent credits add up: two accepted prompts allow two messages', async () => {
    fixture.openapi.grantConsent('oBob', [TEMPLATE]);
    fixture.openapi.grantConsent('oBob', [TEMPLATE]);
    expect((await call('notify', orderReady('oBob'))).ok).toBe(true);
    expect((await call('notify', orderReady('oBob'))).ok).toBe(true);
    expect((await call('notify', orderReady('oBob'))).errCode).toBe(43101);
  });

  test.each([
    [
      'a thing over 20 characters',
      { data: { thing1: { value: '一二三四五六七八九十一二三四五六七八九十一' } } },
      'data.thing1.value invalid',
    ],
    ['an empty value', { data: { thing1: { value: '' } } }, 'data.thing1.value is empty'],
    ['a phrase that is not Chinese', { data: { phrase3: { value: 'ready' } } }, 'data.phrase3.value invalid'],
    ['a number with letters', { data: { number4: { value: '12a' } } }, 'data.number4.value invalid'],
    ['no data', { data: {} }, 'data is empty'],
  ])('refuses %s with 47003 and keeps the credit', async (reason, extra, message) => {
    const openid = `oCarol ${reason}`;
    fixture.openapi.grantConsent(openid, [TEMPLATE]);
    const outcome = await call('notify', orderReady(openid, extra));
    expect(outcome).toMatchObject({ ok: false, errCode: 47003 });
    expect(outcome.errMsg).toContain(message);
    expect(fixture.openapi.consentCredits(openid, TEMPLATE)).toBe(1);
    expect(fixture.openapi.outbox().filter((m) => m.touser === openid)).toEqual([]);
  });

  test('refuses an empty touser (40003) and an empty template id (40037)', async () => {
    expect((await call('notify', orderReady(''))).errCode).toBe(40003);
    expect((await call('notify', orderReady('oDan', { templateId: '' }))).errCode).toBe(40037);
  });
});

describe('POST /client/subscribe (wx.requestSubscribeMessage)', () => {
  test('answers per template and grants a credit for each accepted one, which a send then spends', async () => {
    const reply = await postSubscribe('oErin', {
      tmplIds: [TEMPLATE, 'tmpl-refund', 'tmpl-queue'],
      decisions: { 'tmpl-refund': 'reject' },
    });
    expect(reply).toEqual({
      status: 200,
      body: {
        errMsg: 'requestSubscribeMessage:ok',
        [TEMPLATE]: 'accept',
        'tmpl-refund': 'reject',
        'tmpl-queue': 'accept',
      },
    });
    expect(fixture.openapi.consentCredits('oErin', TEMPLATE)).toBe(1);
    expect(fixture.openapi.consentCredits('oErin', 'tmpl-refund')).toBe(0);
    expect(fixture.openapi.consentCredits('oErin', 'tmpl-queue')).toBe(1);
    expect((await call('notify', orderReady('oErin'))).ok).toBe(true);
    expect(fixture.openapi.consentCredits('oErin', TEMPLATE)).toBe(0);
  });

  test('refuses more than 3 templates in one prompt (20003) and grants nothing', async () => {
    const reply = await postSubscribe('oFay', { tmplIds: ['t1', 't2', 't3', 't4'] });
    expect(reply.body).toEqual({
      errCode: 20003,
      errMsg: 'requestSubscribeMessage:fail Templates count out of max bounds',
    });
    expect(['t1', 't2', 't3', 't4'].map((id) => fixture.openapi.consentCredits('oFay', id))).toEqual([
      0, 0, 0, 0,
    ]);
  });

  test('counts a template listed twice once', async () => {
    const reply = await postSubscribe('oGus', { tmplIds: ['t1', 't1', 't2', 't3'] });
    expect(reply.body).toMatchObject({ errMsg: 'requestSubscribeMessage:ok', t1: 'accept' });
    expect(fixture.openapi.consentCredits('oGus', 't1')).toBe(1);
  });

  test('refuses an empty list (10001), a bad id (10004), a bad decision and a missing user', async () => {
    expect((await postSubscribe('oHal', { tmplIds: [] })).body.errCode).toBe(10001);
    expect((await postSubscribe('oHal', { tmplIds: [''] })).body.errCode).toBe(10004);
    expect((await postSubscribe('oHal', { tmplIds: ['t1'], decisions: { t1: 'maybe' } })).status).toBe(400);
    expect((await postSubscribe(undefined, { tmplIds: ['t1'] })).status).toBe(400);
    expect(fixture.openapi.consentCredits('oHal', 't1')).toBe(0);
  });
});

test('an API the local cloud does not serve is refused with -604100, naming it', async () => {
  const outcome = await call('callUnknown', { scene: 'a=1' });
  expect(outcome).toMatchObject({ ok: false, errCode: -604100 });
  expect(outcome.errMsg).toContain('wxacode.createQRCode');
});
