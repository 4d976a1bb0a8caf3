import path from 'node:path';
import { createWxCloud } from '../../emulator/src/client/wx-cloud';
import { scannableTables } from '../../emulator/src/preview/preview-tables-route';
import { openSimulatedPage, type SimulatedPage } from '../support/simulate-page';
import { DEMO_STORE, startTestCloud, type TestCloud } from '../support/test-cloud';

// The sheets fixture pages in miniprogram-simulate too. Its wx has no sheets, so each API here answers
// what the user chose, in the platform's shape (the browser tests draw the same answers from real sheets).
const root = path.join(__dirname, 'sheets-app');
let shop: TestCloud;

beforeAll(async () => {
  shop = await startTestCloud();
});
afterAll(() => shop.close());

type Options = {
  success?(result: unknown): void;
  fail?(failure: unknown): void;
  complete?(result: unknown): void;
};

/** An API answering `result` (or failing with `failure`) in callback style or promise style, as the platform does. */
function platformAnswer(outcome: { result: object } | { failure: object }) {
  return (options: Options = {}) => {
    const settled = 'result' in outcome ? Promise.resolve(outcome.result) : Promise.reject(outcome.failure);
    if (!options.success && !options.fail && !options.complete) return settled;
    settled.then(
      (result) => (options.success?.(result), options.complete?.(result)),
      (failure: unknown) => (options.fail?.(failure), options.complete?.(failure)),
    );
    return undefined;
  };
}

function answerWx(apis: Record<string, unknown>): void {
  Object.assign((globalThis as unknown as { wx: object }).wx, apis);
}

/** Runs one of the page's methods (a tap's handler) and waits for what it started. */
async function run(page: SimulatedPage, method: string): Promise<void> {
  const handler = Reflect.get(page.instance, method) as () => unknown;
  await Reflect.apply(handler, page.instance, []);
}

const text = (page: SimulatedPage, selector: string) => page.querySelector(selector)?.dom?.textContent;

test('the dialogs page draws the modal and action sheet answers', async () => {
  const page = await openSimulatedPage(path.join(root, 'pages/dialogs/index'), root);
  answerWx({
    showModal: platformAnswer({ result: { confirm: true, cancel: false, errMsg: 'showModal:ok' } }),
  });
  await run(page, 'confirmOrder');
  expect(text(page, '.modal')).toBe('confirmed');

  answerWx({
    showModal: platformAnswer({
      result: { confirm: true, cancel: false, content: '少冰，不要吸管', errMsg: 'showModal:ok' },
    }),
  });
  await run(page, 'addNote');
  expect(text(page, '.modal')).toBe('note: 少冰，不要吸管');

  answerWx({ showActionSheet: platformAnswer({ result: { tapIndex: 1, errMsg: 'showActionSheet:ok' } }) });
  await run(page, 'chooseMode');
  expect(text(page, '.action-answer')).toBe('chose 1 showActionSheet:ok');
  answerWx({ showActionSheet: platformAnswer({ failure: { errMsg: 'showActionSheet:fail cancel' } }) });
  await run(page, 'chooseMode');
  expect(text(page, '.action-answer')).toBe('showActionSheet:fail cancel');
});

test('the places page draws location, address and settings answers, and numbers its failures', async () => {
  const page = await openSimulatedPage(path.join(root, 'pages/places/index'), root);
  answerWx({ getLocation: platformAnswer({ failure: { errMsg: 'getLocation:fail auth deny' } }) });
  await run(page, 'locate');
  expect(text(page, '.error')).toBe('1 getLocation:fail auth deny');

  answerWx({
    chooseLocation: platformAnswer({
      result: {
        name: '示范大厦 A 座',
        address: '',
        latitude: 31.1902,
        longitude: 121.4401,
        errMsg: 'chooseLocation:ok',
      },
    }),
    getLocation: platformAnswer({
      result: { latitude: 31.1902, longitude: 121.4401, errMsg: 'getLocation:ok' },
    }),
    chooseAddress: platformAnswer({
      result: {
        userName: '李小单',
        telNumber: '13912345678',
        provinceName: '上海市',
        cityName: '上海市',
        countyName: '徐汇区',
        detailInfo: '示范路 9 号 2 楼',
        postalCode: '200030',
        errMsg: 'chooseAddress:ok',
      },
    }),
    getSetting: platformAnswer({
      result: { authSetting: { 'scope.userLocation': true }, errMsg: 'getSetting:ok' },
    }),
  });
  await run(page, 'choosePlace');
  expect(text(page, '.place')).toBe('示范大厦 A 座 31.1902,121.4401 chooseLocation:ok');
  await run(page, 'locate');
  expect(text(page, '.here')).toBe('31.1902,121.4401 getLocation:ok');
  await run(page, 'chooseAddress');
  expect(text(page, '.address')).toBe('李小单 13912345678 上海市上海市徐汇区 示范路 9 号 2 楼 200030');
  await run(page, 'readSettings');
  expect(text(page, '.settings')).toBe('{"scope.userLocation":true}');
});

test("the privacy page draws its own prompt from onNeedPrivacyAuthorization's referrer", async () => {
  let needPrivacy: ((resolve: (answer: object) => void, info: { referrer: string }) => void) | undefined;
  let agreed = false;
  answerWx({
    onNeedPrivacyAuthorization: (listener: typeof needPrivacy) => (needPrivacy = listener),
    getPrivacySetting: () =>
      Promise.resolve({ needAuthorization: !agreed, privacyContractName: '《点单隐私保护指引》' }),
    requirePrivacyAuthorize: () =>
      new Promise((resolve) =>
        needPrivacy?.(
          () => {
            agreed = true;
            resolve({ errMsg: 'requirePrivacyAuthorize:ok' });
          },
          { referrer: 'requirePrivacyAuthorize' },
        ),
      ),
  });
  const page = await openSimulatedPage(path.join(root, 'pages/privacy/index'), root);
  expect(text(page, '.need')).toBe('true 《点单隐私保护指引》');
  const asked = run(page, 'askPrivacy');
  expect(text(page, '.prompt-text')).toBe('本次需要你同意隐私指引（requirePrivacyAuthorize）');
  page.querySelector('.prompt-agree')?.dispatchEvent('tap');
  await asked;
  expect(text(page, '.granted')).toBe('requirePrivacyAuthorize:ok');
  expect(text(page, '.need')).toBe('false 《点单隐私保护指引》');
  expect(page.querySelector('.privacy-prompt')).toBeFalsy();
});

test("the scan page relaunches at a table code's path and reads that table from the local cloud", async () => {
  const cloud = createWxCloud({ baseUrl: shop.cloud.baseUrl, openid: 'o-simulate-customer' });
  const tables = scannableTables(shop.cloud.database, root, DEMO_STORE);
  const table = tables.stores[0]?.tables[2];
  if (!table) throw new Error('the demo store has no third table');
  const scannedPath = `${tables.entryPage}?scene=${encodeURIComponent(table._id)}`;
  let relaunchedAt = '';
  answerWx({
    cloud,
    scanCode: platformAnswer({
      result: { result: '', scanType: 'WX_CODE', charSet: 'utf-8', path: scannedPath, errMsg: 'scanCode:ok' },
    }),
    reLaunch: (options: { url: string }) => ((relaunchedAt = options.url), Promise.resolve()),
  });
  cloud.init();
  const app = { lastScan: '' };
  const entry = await openSimulatedPage(path.join(root, 'pages/scan/index'), root, {}, app);
  await run(entry, 'scan');
  expect(relaunchedAt).toBe('/pages/scan/index?scene=table-demo-a03');

  // simulate renders a page file once, so the relaunched page is this page loaded again with the code's query.
  const scene = new URLSearchParams(relaunchedAt.split('?')[1]).get('scene') ?? '';
  const onLoad = Reflect.get(entry.instance, 'onLoad') as (query: object) => Promise<void>;
  await Reflect.apply(onLoad, entry.instance, [{ scene }]);
  expect(text(entry, '.table')).toBe('A03 号桌 · 大厅 · 2 seats');
  expect(text(entry, '.last-scan')).toBe('WX_CODE pages/scan/index?scene=table-demo-a03 scanCode:ok');
});
