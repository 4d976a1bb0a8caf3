import type { StoreView } from '../../../typings/contracts/browse';
import { setLocale } from '../../i18n';
import { storeHeader } from './store-header';

// The header's state badge and the line under it, from the server's state, closed reason and next opening.
const OPEN: StoreView = {
  id: 'store-demo',
  name: '点单示范咖啡馆',
  nameEn: 'Diandan Demo Café',
  notice: '',
  noticeEn: '',
  isOpen: true,
  state: 'open',
  closedReason: null,
  nextOpening: null,
  todayHours: [{ open: '09:00', close: '21:00' }],
  modes: { dineIn: true, pickup: true, delivery: false },
  packagingFeeFen: 0,
  delivery: null,
};
const CLOSED: StoreView = { ...OPEN, isOpen: false, state: 'closed', closedReason: 'hours' };
// 09:00 China time is 01:00 UTC.
const opening = (inDays: number) => ({
  at: `2026-01-0${6 + inDays}T01:00:00.000Z`,
  localTime: '09:00',
  inDays,
});

afterEach(() => setLocale('zh-CN'));

test('open says so with no line; busy says orders take longer', () => {
  expect(storeHeader(OPEN, 'zh-CN')).toMatchObject({ state: 'open', stateText: '营业中', stateNote: '' });
  expect(storeHeader({ ...OPEN, state: 'busy' }, 'zh-CN')).toMatchObject({
    isOpen: true,
    state: 'busy',
    stateText: '繁忙',
    stateNote: '现在订单较多，出餐会比平时慢一些',
  });
  setLocale('en');
  expect(storeHeader({ ...OPEN, state: 'busy' }, 'en')).toMatchObject({
    stateText: 'Busy',
    stateNote: 'Many orders right now: yours may take longer than usual',
  });
});

test('closed by its hours says when it opens: today, tomorrow or in some days; paused says the staff paused it', () => {
  const noteOf = (store: StoreView) => storeHeader(store, 'zh-CN').stateNote;
  expect(noteOf({ ...CLOSED, nextOpening: opening(0) })).toBe('今天 09:00 开始营业');
  expect(noteOf({ ...CLOSED, nextOpening: opening(1) })).toBe('明天 09:00 开始营业');
  expect(noteOf({ ...CLOSED, nextOpening: opening(2) })).toBe('2 天后 09:00 开始营业');
  expect(noteOf(CLOSED)).toBe('今日已打烊'); // no hours this week
  expect(noteOf({ ...CLOSED, closedReason: 'paused' })).toBe('店员暂停了接单，请稍后再来');
  setLocale('en');
  expect(storeHeader({ ...CLOSED, nextOpening: opening(1) }, 'en')).toMatchObject({
    stateText: 'Closed',
    stateNote: 'Opens tomorrow at 09:00',
  });
  expect(storeHeader({ ...CLOSED, nextOpening: opening(3) }, 'en').stateNote).toBe(
    'Opens in 3 days at 09:00',
  );
});

test('busy or paused by hand shows the staff’s own words; busy by hand without words says orders stopped', () => {
  setLocale('zh-CN');
  const noteOf = (store: StoreView) => storeHeader(store, 'zh-CN').stateNote;
  expect(noteOf({ ...OPEN, isOpen: false, state: 'busy', stateMessage: '20 分钟后再来' })).toBe(
    '20 分钟后再来',
  );
  expect(noteOf({ ...OPEN, isOpen: false, state: 'busy' })).toBe('门店忙碌，暂停接新订单');
  expect(noteOf({ ...CLOSED, closedReason: 'paused', stateMessage: '设备检修' })).toBe('设备检修');
});
