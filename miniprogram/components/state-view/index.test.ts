import { readdirSync } from 'node:fs';
import path from 'node:path';
import simulate from 'miniprogram-simulate';

// The state view rendered from the DevTools compiler's output (wcc): each state draws its own words and parts.
const miniprogramRoot = path.join(__dirname, '../..');
const stateViewId = simulate.load(path.join(__dirname, 'index'), {
  compiler: 'official',
  rootPath: miniprogramRoot,
  compilerOptions: {
    wxmlList: readdirSync(path.join(miniprogramRoot, 'components')).map(
      (name) => `components/${name}/index.wxml`,
    ),
  },
});

/** Renders a state view with `properties`, counting the `retry` events it sends. */
function renderStateView(properties: Record<string, unknown>) {
  const view = simulate.render(stateViewId, properties);
  view.attach(document.createElement('parent-wrapper'));
  const retries: unknown[] = [];
  const trigger = view.instance.triggerEvent.bind(view.instance);
  jest.spyOn(view.instance, 'triggerEvent').mockImplementation((name, detail, options) => {
    if (name === 'retry') retries.push(detail);
    trigger(name, detail, options);
  });
  return { view, retries, text: () => view.querySelector('.state-view')?.dom?.textContent ?? '' };
}

test('loading shows a spinner and its words, and no retry', () => {
  const { view, text } = renderStateView({ state: 'loading', title: '加载中… Loading…' });
  expect(view.querySelector('.spinner')).toBeTruthy();
  expect(text()).toContain('加载中… Loading…');
  expect(view.querySelector('.retry')).toBeFalsy();
});

test('an error shows its words and a retry that sends retry', async () => {
  const { view, retries, text } = renderStateView({
    state: 'error',
    title: '网络不太好 · Network trouble',
    retryText: '重试 Retry',
  });
  expect(text()).toContain('网络不太好 · Network trouble');
  expect(view.querySelector('.spinner')).toBeFalsy();
  const retry = view.querySelector('.retry');
  expect(retry?.dom?.textContent).toBe('重试 Retry');
  retry?.dispatchEvent('tap');
  await Promise.resolve();
  expect(retries).toEqual([{}]);
});

test('empty and closed show their title and second line, without a retry', () => {
  const empty = renderStateView({
    state: 'empty',
    title: '还没有订单 · No orders yet',
    retryText: '重试 Retry',
  });
  expect(empty.text()).toContain('还没有订单 · No orders yet');
  expect(empty.view.querySelector('.retry')).toBeFalsy();
  const closed = renderStateView({
    state: 'closed',
    title: '休息中 Closed',
    message: '明天 09:00 营业 · Opens tomorrow 09:00',
  });
  expect(closed.text()).toContain('休息中 Closed');
  expect(closed.view.querySelector('.message')?.dom?.textContent).toBe(
    '明天 09:00 营业 · Opens tomorrow 09:00',
  );
  expect(closed.view.querySelector('.is-closed')).toBeTruthy();
});

test('changing the state redraws it; an unknown state draws nothing', () => {
  const { view } = renderStateView({ state: 'loading', title: 'Loading' });
  view.setData({ state: 'error', title: 'Failed', retryText: 'Retry' });
  expect(view.querySelector('.spinner')).toBeFalsy();
  expect(view.querySelector('.retry')).toBeTruthy();
  view.setData({ state: 'ready' });
  expect(view.querySelector('.state-view')).toBeFalsy();
});
