import { LOCAL_ENV_ID } from '../../src/functions/sdk-env';
import { DELAYED_TASK_SOURCE, MAX_DELAY_SECONDS } from '../../src/openapi';
import { type OpenApiFixture, startOpenApiFixture } from './openapi-fixture';

let fixture: OpenApiFixture;
beforeAll(async () => {
  fixture = await startOpenApiFixture();
});
afterAll(() => fixture.close());

const call: OpenApiFixture['call'] = (name, event) => fixture.call(name, event);

describe('cloudbase.addDelayedFunctionTask', () => {
  const task = (delayTime: unknown, extra: Record<string, unknown> = {}) => ({
    env: LOCAL_ENV_ID,
    functionName: 'closeExpiredOrder',
    data: JSON.stringify({ orderId: 'o42' }),
    delayTime,
    ...extra,
  });

  test('runs the function once the clock reaches the delay, as a platform call without a user', async () => {
    fixture.delivered.length = 0;
    const requestedAtMs = fixture.clock.now();
    expect(await call('remindLater', task(900))).toMatchObject({ ok: true, result: { errCode: 0 } });
    const [scheduled] = fixture.openapi.delayedTasks().slice(-1);
    expect(scheduled).toMatchObject({
      functionName: 'closeExpiredOrder',
      event: { orderId: 'o42' },
      requestedBy: 'remindLater',
      runAtMs: requestedAtMs + 900_000,
      status: 'pending',
    });

    await fixture.clock.advance(899_999);
    expect(fixture.delivered).toEqual([]);
    await fixture.clock.advance(1);
    expect(fixture.delivered).toHaveLength(1);
    expect(fixture.delivered[0]?.event).toEqual({ orderId: 'o42' });
    expect(fixture.delivered[0]?.context.SOURCE).toBe(DELAYED_TASK_SOURCE);
    expect(fixture.delivered[0]?.context.OPENID).toBeUndefined();
    expect(fixture.openapi.delayedTasks().slice(-1)[0]?.status).toBe('succeeded');

    await fixture.clock.advance(3_600_000);
    expect(fixture.delivered).toHaveLength(1);
  });

  test('passes data that is not JSON as the raw string', async () => {
    fixture.delivered.length = 0;
    await call('remindLater', task(6, { data: 'order o43' }));
    await fixture.clock.advance(6000);
    expect(fixture.delivered.map((d) => d.event)).toEqual(['order o43']);
  });

  test.each([5, 5.9, MAX_DELAY_SECONDS + 1, '60'])('refuses a delay of %p seconds', async (delay) => {
    const before = fixture.openapi.delayedTasks().length;
    const outcome = await call('remindLater', task(delay));
    expect(outcome).toMatchObject({ ok: false, errCode: 40097 });
    expect(outcome.errMsg).toContain('delay_time');
    expect(fixture.openapi.delayedTasks()).toHaveLength(before);
  });

  test.each([6, MAX_DELAY_SECONDS])('accepts the bound %p seconds', async (delay) => {
    expect((await call('remindLater', task(delay))).ok).toBe(true);
    expect(fixture.openapi.delayedTasks().slice(-1)[0]?.runAtMs).toBe(fixture.clock.now() + delay * 1000);
  });

  test('needs the openapi permission and the current env', async () => {
    expect((await call('remindWithoutPermission', task(60))).errCode).toBe(-604101);
    expect((await call('remindLater', task(60, { env: 'prod-env' }))).errCode).toBe(40097);
  });

  test('records a run that failed', async () => {
    await call('remindLater', task(10, { functionName: 'noSuchFunction' }));
    await fixture.clock.advance(10_000);
    expect(fixture.openapi.delayedTasks().slice(-1)[0]).toMatchObject({
      status: 'failed',
      error: expect.stringContaining('noSuchFunction'),
    });
  });
});
