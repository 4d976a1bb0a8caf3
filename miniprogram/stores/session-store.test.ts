import { getLocale, setLocale, t } from '../i18n';
import { readSession, SESSION_STORAGE_KEY, SessionStore } from './session-store';
import { memoryStorage } from './storage';

afterEach(() => setLocale('zh-CN'));

const table = { id: 'table-a3', code: 'A3', name: 'A3 桌', nameEn: 'Table A3' };

test('a new customer: no store, pickup, zh-CN', () => {
  const session = new SessionStore(memoryStorage());
  expect([session.storeId, session.table, session.mode, session.locale]).toEqual([
    null,
    null,
    'pickup',
    'zh-CN',
  ]);
});

test('every change is remembered and a new start reads it back', () => {
  const storage = memoryStorage();
  const session = new SessionStore(storage);
  session.scanTable('store-demo', table);
  session.setLocale('en');
  expect(storage.saved[SESSION_STORAGE_KEY]).toEqual({
    storeId: 'store-demo',
    table,
    mode: 'dine_in',
    locale: 'en',
  });
  setLocale('zh-CN');
  const again = new SessionStore(storage);
  expect([again.storeId, again.table, again.mode, again.locale]).toEqual([
    'store-demo',
    table,
    'dine_in',
    'en',
  ]);
  expect(getLocale()).toBe('en'); // the remembered language speaks from the first text
});

test('the language switches every text at once', () => {
  const session = new SessionStore(memoryStorage());
  expect(t('cart.checkout')).toBe('去结算');
  session.setLocale('en');
  expect(t('cart.checkout')).toBe('Check out');
});

test('another store forgets the table; leaving the table leaves dine-in', () => {
  const session = new SessionStore(memoryStorage());
  session.scanTable('store-demo', table);
  session.chooseStore('store-demo');
  expect(session.table).toEqual(table);
  session.chooseStore('store-elsewhere');
  expect(session.table).toBeNull();
  session.scanTable('store-demo', table);
  session.leaveTable();
  expect([session.table, session.mode]).toEqual([null, 'pickup']);
  session.setMode('delivery');
  session.leaveTable();
  expect(session.mode).toBe('delivery');
});

test('watchers see each change', () => {
  const session = new SessionStore(memoryStorage());
  const seen: string[] = [];
  const stop = session.subscribe(() => seen.push(`${session.mode}/${session.locale}`));
  session.setMode('delivery');
  session.setLocale('en');
  stop();
  session.setMode('pickup');
  expect(seen).toEqual(['delivery/zh-CN', 'delivery/en']);
});

test('whatever storage hands back, a bad field falls back to its default', () => {
  expect(readSession('garbage')).toEqual({ storeId: null, table: null, mode: 'pickup', locale: 'zh-CN' });
  expect(readSession({ storeId: 7, table: { id: 'x' }, mode: 'teleport', locale: 'fr' })).toEqual({
    storeId: null,
    table: null,
    mode: 'pickup',
    locale: 'zh-CN',
  });
  expect(readSession({ storeId: 's', table, mode: 'delivery', locale: 'en' })).toEqual({
    storeId: 's',
    table,
    mode: 'delivery',
    locale: 'en',
  });
});
