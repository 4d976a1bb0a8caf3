import { readdirSync } from 'node:fs';
import path from 'node:path';
import simulate from 'miniprogram-simulate';
import type { OrderStatus } from '../../../typings/contracts/order';
import { progressSteps } from './progress-steps';

// The order progress rendered from the DevTools compiler's output (wcc): the steps, the current one, how it ended.
const miniprogramRoot = path.join(__dirname, '../..');
const progressId = simulate.load(path.join(__dirname, 'index'), {
  compiler: 'official',
  rootPath: miniprogramRoot,
  compilerOptions: {
    wxmlList: readdirSync(path.join(miniprogramRoot, 'components')).map(
      (name) => `components/${name}/index.wxml`,
    ),
  },
});

const LABELS = {
  placed: '已下单',
  paid: '已支付',
  making: '制作中',
  ready: '待取餐',
  done: '已完成',
  CANCELLED: '已取消',
  EXPIRED: '已超时',
  REFUNDING: '退款中',
  REFUNDED: '已退款',
};

function render(status: OrderStatus, wasPaid = false) {
  const view = simulate.render(progressId, { status, wasPaid, labels: LABELS });
  view.attach(document.createElement('parent-wrapper'));
  const texts = (selector: string) =>
    view.querySelectorAll(selector).map((node) => node.dom?.textContent?.trim());
  return { view, texts };
}

test('a paid order: placed done, paid current, the rest ahead', () => {
  const { texts } = render('PAID', true);
  expect(texts('.step .label')).toEqual(['已下单', '已支付', '制作中', '待取餐', '已完成']);
  expect(texts('.is-done .label')).toEqual(['已下单']);
  expect(texts('.is-current .label')).toEqual(['已支付']);
  expect(texts('.is-todo .label')).toEqual(['制作中', '待取餐', '已完成']);
});

test('the current step follows the status as it changes', async () => {
  const { view, texts } = render('PENDING_PAYMENT');
  expect(texts('.is-current .label')).toEqual(['已下单']);
  view.setData({ status: 'READY' });
  await simulate.sleep(0);
  expect(texts('.is-current .label')).toEqual(['待取餐']);
  view.setData({ status: 'COMPLETED' });
  await simulate.sleep(0);
  expect(texts('.is-current')).toEqual([]);
  expect(texts('.is-done')).toHaveLength(5);
});

test('an order cancelled before paying shows placed, then cancelled; one refunded after paying shows paid too', () => {
  expect(render('CANCELLED').texts('.step .label')).toEqual(['已下单', '已取消']);
  expect(render('CANCELLED').texts('.is-ended .label')).toEqual(['已取消']);
  expect(render('EXPIRED').texts('.step .label')).toEqual(['已下单', '已超时']);
  expect(render('REFUNDED', true).texts('.step .label')).toEqual(['已下单', '已支付', '已退款']);
  expect(render('REFUNDING', true).texts('.is-current .label')).toEqual(['退款中']);
});

test('every status has one current or ended step, except a completed order', () => {
  const statuses: OrderStatus[] = [
    'PENDING_PAYMENT',
    'PAID',
    'ACCEPTED',
    'READY',
    'COMPLETED',
    'CANCELLED',
    'EXPIRED',
    'REFUNDING',
    'REFUNDED',
  ];
  for (const status of statuses) {
    const marked = progressSteps(status, true).filter(
      (step) => step.state === 'current' || step.state === 'ended',
    );
    expect(marked).toHaveLength(status === 'COMPLETED' ? 0 : 1);
  }
});
