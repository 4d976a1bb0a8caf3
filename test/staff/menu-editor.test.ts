// The menu editor against the local cloud: who may do what (each action × each role), bad input refused with
// the field named and nothing written, a save all or nothing, and customers seeing each change at their next load.
import type { StaffRole } from '../../server/repositories/staff-repository';
import type { SaveProductInput } from '../../typings/contracts/staff-menu';
import type { Result } from '../../typings/result';
import { until } from '../support/customer-phone';
import { dataOf } from '../support/results';
import { schemaProblems } from '../support/schema-check';
import { DEMO_STORE, startTestCloud, type TestCloud } from '../support/test-cloud';
import { addStaff, OTHER_STORE_MANAGER, STAFF } from './staff-fixtures';

let shop: TestCloud;
beforeAll(async () => {
  shop = await startTestCloud();
  addStaff(shop);
});
afterAll(() => shop.close());

const CUSTOMER = 'o-menu-customer';
/** A tiny JPEG's first bytes: enough for storage to serve it back. */
const PICTURE = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0xff, 0xd9]);

/** A two-size drink in the coffee category. */
function draft(overrides: Partial<SaveProductInput> = {}): SaveProductInput {
  return {
    storeId: DEMO_STORE,
    categoryId: 'cat-coffee',
    name: '桂花拿铁',
    nameEn: 'Osmanthus latte',
    description: '秋天的味道。',
    descriptionEn: 'Autumn in a cup.',
    isListed: true,
    specGroups: [
      {
        key: 'size',
        kind: 'sku',
        name: '杯型',
        nameEn: 'Size',
        options: [
          { value: 'medium', name: '中杯', nameEn: 'Medium', isDefault: true },
          { value: 'large', name: '大杯', nameEn: 'Large', isDefault: false },
        ],
      },
      {
        key: 'temperature',
        kind: 'choice',
        name: '温度',
        nameEn: 'Temperature',
        options: [
          { value: 'hot', name: '热', nameEn: 'Hot', isDefault: true },
          { value: 'iced', name: '冰', nameEn: 'Iced', isDefault: false },
        ],
      },
    ],
    addons: [{ id: 'extra_shot', name: '加浓缩', nameEn: 'Extra shot', priceFen: 400, maxQuantity: 2 }],
    skus: [
      { specs: { size: 'medium' }, priceFen: 2600, stock: 20 },
      { specs: { size: 'large' }, priceFen: 3000 },
    ],
    ...overrides,
  };
}

/** The catalog collections as they stand, to prove nothing was written. */
const catalogNow = () =>
  JSON.stringify(['categories', 'products', 'skus'].map((name) => shop.cloud.database.find(name, {})));
const auditCount = () => shop.cloud.database.find('audit_log', {}).length;
const lastAudit = () =>
  shop.cloud.database
    .find('audit_log', {})
    .sort((a, b) => new Date(a.createdAt as string).getTime() - new Date(b.createdAt as string).getTime())
    .at(-1);
const staff = <A extends 'menu' | 'saveCategory' | 'saveProduct' | 'setSoldOut' | 'setStock'>(
  action: A,
  input: Parameters<TestCloud['call']>[2] & object,
  openid: string,
) => shop.call('staff', action, input as never, openid) as Promise<Result<unknown>>;
const home = async () => dataOf(await shop.call('browse', 'home', { storeId: DEMO_STORE }, CUSTOMER));
const sheet = async (productId: string) =>
  dataOf(await shop.call('browse', 'product', { storeId: DEMO_STORE, productId }, CUSTOMER));

describe('each action × each role', () => {
  type Who = StaffRole | 'customer' | 'elsewhere';
  const OPENIDS: Record<Who, string> = { ...STAFF, customer: CUSTOMER, elsewhere: OTHER_STORE_MANAGER };
  const EDITORS: Who[] = ['owner', 'manager'];
  const FLOOR: Who[] = ['owner', 'manager', 'clerk', 'kitchen'];
  const cases: Array<[string, Who[], () => Record<string, unknown>]> = [
    ['menu', FLOOR, () => ({ storeId: DEMO_STORE })],
    [
      'saveCategory',
      EDITORS,
      () => ({ storeId: DEMO_STORE, categoryId: 'cat-tea', name: '茶饮', nameEn: 'Tea', isVisible: true }),
    ],
    ['saveProduct', EDITORS, () => ({ ...draft(), name: '角色测试' })],
    ['setSoldOut', FLOOR, () => ({ storeId: DEMO_STORE, productId: 'prod-espresso', soldOut: false })],
    ['setStock', FLOOR, () => ({ storeId: DEMO_STORE, skuId: 'sku-americano-medium' })],
  ];
  const rows = cases.flatMap(([action, allowed, input]) =>
    (Object.keys(OPENIDS) as Who[]).map((who) => [action, who, allowed.includes(who), input] as const),
  );

  test.each(rows)('%s as %s (allowed: %s)', async (action, who, isAllowed, input) => {
    const before = catalogNow();
    const audits = auditCount();
    const result = await staff(action as 'menu', input() as never, OPENIDS[who]);
    if (isAllowed) {
      expect(result.ok).toBe(true);
      if (action !== 'menu') expect(lastAudit()).toMatchObject({ action: `staff.${action}`, actorRole: who });
    } else {
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(catalogNow()).toBe(before);
      expect(auditCount()).toBe(audits + 1);
      expect(lastAudit()).toMatchObject({
        action: `staff.${action}.denied`,
        actorOpenid: OPENIDS[who],
        actorRole: who === 'customer' || who === 'elsewhere' ? 'none' : who,
      });
    }
    const entry = lastAudit();
    if (entry) expect(schemaProblems('audit_log', entry)).toEqual([]);
  });
});

describe('bad input changes nothing', () => {
  const bad: Array<[string, Record<string, unknown>, string]> = [
    [
      'a zero price',
      {
        skus: [
          { specs: { size: 'medium' }, priceFen: 0 },
          { specs: { size: 'large' }, priceFen: 3000 },
        ],
      },
      'skus/0/priceFen',
    ],
    [
      'a price in yuan with cents',
      {
        skus: [
          { specs: { size: 'medium' }, priceFen: 26.5 },
          { specs: { size: 'large' }, priceFen: 3000 },
        ],
      },
      'skus/0/priceFen',
    ],
    ['a 41-character name', { name: '拿'.repeat(41) }, 'name'],
    ['a blank name', { name: '   ' }, 'name'],
    ['no SKU', { skus: [] }, 'skus'],
  ];
  test.each(bad)('%s is INVALID_INPUT naming the field', async (_what, change, field) => {
    const before = catalogNow();
    const result = await staff('saveProduct', { ...draft(), ...change } as never, STAFF.owner);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (!result.ok) expect(result.error.message).toContain(`input/${field}`);
    expect(catalogNow()).toBe(before);
  });

  const rules: Array<[string, Partial<SaveProductInput>, string, string]> = [
    [
      'two choices with one id',
      {
        specGroups: [
          {
            key: 'size',
            kind: 'sku',
            name: '杯型',
            nameEn: 'Size',
            options: [
              { value: 'medium', name: '中杯', nameEn: 'Medium', isDefault: true },
              { value: 'medium', name: '大杯', nameEn: 'Large', isDefault: false },
            ],
          },
        ],
      },
      'specGroups[0].options[1].value',
      'DUPLICATE_CHOICE',
    ],
    [
      'a size without a price',
      { skus: [{ specs: { size: 'medium' }, priceFen: 2600 }] },
      'skus',
      'MISSING_SKU',
    ],
    [
      'a SKU of a size that is not offered',
      { skus: [...draft().skus, { specs: { size: 'huge' }, priceFen: 3900 }] },
      'skus[2].specs',
      'UNKNOWN_SPEC',
    ],
    [
      'a picture of another store',
      { imageFileId: 'cloud://local.bucket/products/store-elsewhere/x.jpg' },
      'imageFileId',
      'BAD_IMAGE',
    ],
    ['an unknown category', { categoryId: 'cat-nothing' }, 'categoryId', 'UNKNOWN_CATEGORY'],
  ];
  test.each(rules)(
    '%s is INVALID_INPUT with the field and the rule',
    async (_what, change, field, problem) => {
      const before = catalogNow();
      const result = await staff('saveProduct', draft(change) as never, STAFF.manager);
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', details: { field, problem } },
      });
      expect(catalogNow()).toBe(before);
    },
  );

  test('an unknown product, SKU or choice is NOT_FOUND and changes nothing', async () => {
    const before = catalogNow();
    const answers = await Promise.all([
      staff('saveProduct', { ...draft(), productId: 'prod-none' } as never, STAFF.owner),
      staff('setStock', { storeId: DEMO_STORE, skuId: 'sku-none', stock: 3 } as never, STAFF.clerk),
      staff(
        'setSoldOut',
        {
          storeId: DEMO_STORE,
          productId: 'prod-latte',
          soldOut: true,
          specGroupId: 'size',
          choiceId: 'huge',
        } as never,
        STAFF.kitchen,
      ),
      staff(
        'setSoldOut',
        { storeId: 'store-elsewhere', productId: 'prod-latte', soldOut: true } as never,
        OTHER_STORE_MANAGER,
      ),
    ]);
    for (const answer of answers) expect(answer).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(catalogNow()).toBe(before);
  });

  test('a choice named without its group is refused by the schema', async () => {
    const result = await staff(
      'setSoldOut',
      { storeId: DEMO_STORE, productId: 'prod-latte', soldOut: true, choiceId: 'large' } as never,
      STAFF.owner,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});

describe('what customers see at their next load', () => {
  let productId = '';

  test('a new product with a picture: on the menu, its picture fetchable over HTTP, its sheet priced', async () => {
    const fileId = shop.cloud.storage.put(`products/${DEMO_STORE}/new-1.jpg`, PICTURE);
    const saved = dataOf(
      await shop.call('staff', 'saveProduct', draft({ imageFileId: fileId }), STAFF.owner),
    );
    productId = saved.product.id;
    expect(saved.product).toMatchObject({ imageFileId: fileId, fromPriceFen: 2600, stockTotal: null });
    for (const document of [
      ...shop.cloud.database.find('products', { _id: productId }),
      ...shop.cloud.database.find('skus', { productId }),
    ]) {
      expect(schemaProblems(document._id === productId ? 'products' : 'skus', document)).toEqual([]);
    }
    const row = (await home()).products.find((card) => card.id === productId);
    expect(row).toMatchObject({ name: '桂花拿铁', fromPriceFen: 2600, isSoldOut: false });
    expect(row?.imageUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
    const picture = await fetch(encodeURI(row?.imageUrl ?? ''));
    expect(picture.status).toBe(200);
    expect(Buffer.from(await picture.arrayBuffer())).toEqual(PICTURE);
    expect((await sheet(productId)).skus.map((sku) => [sku.specs.size, sku.priceFen, sku.stockLeft])).toEqual(
      [
        ['medium', 2600, 20],
        ['large', 3000, null],
      ],
    );
    expect(lastAudit()).toMatchObject({ action: 'staff.saveProduct', before: null, targetId: productId });
  });

  test('a new price and a dropped size: the kept SKU keeps its id, the sheet shows the price', async () => {
    const [medium] = shop.cloud.database.find('skus', { productId, 'specs.size': 'medium' });
    const change = draft({ productId, skus: [{ specs: { size: 'medium' }, priceFen: 2800, stock: 20 }] });
    change.specGroups[0]?.options.splice(1, 1);
    dataOf(await shop.call('staff', 'saveProduct', change, STAFF.manager));
    const skus = shop.cloud.database.find('skus', { productId });
    expect(skus.map((sku) => [sku._id, sku.priceFen])).toEqual([[medium?._id, 2800]]);
    expect((await sheet(productId)).fromPriceFen).toBe(2800);
    const audit = lastAudit();
    expect((audit?.before as { skus: unknown[] }).skus).toHaveLength(2);
    expect((audit?.after as { skus: Array<{ priceFen: number }> }).skus).toEqual([
      expect.objectContaining({ priceFen: 2800 }),
    ]);
  });

  test('a count left alone in the editor keeps the units orders took meanwhile; a count typed is set', async () => {
    const [medium] = shop.cloud.database.find('skus', { productId, 'specs.size': 'medium' });
    shop.cloud.database.update('skus', { _id: medium?._id }, { $inc: { stock: -1 } }); // an order took one
    const untouched = draft({
      productId,
      skus: [{ specs: { size: 'medium' }, priceFen: 2900, stock: 20, keepStock: true }],
    });
    untouched.specGroups[0]?.options.splice(1, 1);
    dataOf(await shop.call('staff', 'saveProduct', untouched, STAFF.owner));
    expect(shop.cloud.database.find('skus', { _id: medium?._id })[0]).toMatchObject({
      stock: 19,
      priceFen: 2900,
    });
    const typed = { ...untouched, skus: [{ specs: { size: 'medium' }, priceFen: 2800, stock: 30 }] };
    dataOf(await shop.call('staff', 'saveProduct', typed, STAFF.owner));
    expect(shop.cloud.database.find('skus', { _id: medium?._id })[0]).toMatchObject({
      stock: 30,
      priceFen: 2800,
    });
  });

  test('one tap sold out and back: the menu row and "popular" follow', async () => {
    dataOf(
      await shop.call(
        'staff',
        'setSoldOut',
        { storeId: DEMO_STORE, productId: 'prod-latte', soldOut: true },
        STAFF.kitchen,
      ),
    );
    let menu = await home();
    expect(menu.products.find((card) => card.id === 'prod-latte')?.isSoldOut).toBe(true);
    expect(menu.popular.productIds).not.toContain('prod-latte');
    expect(lastAudit()).toMatchObject({ before: { isSoldOut: false }, after: { isSoldOut: true } });
    dataOf(
      await shop.call(
        'staff',
        'setSoldOut',
        { storeId: DEMO_STORE, productId: 'prod-latte', soldOut: false },
        STAFF.clerk,
      ),
    );
    menu = await home();
    expect(menu.products.find((card) => card.id === 'prod-latte')?.isSoldOut).toBe(false);
  });

  test('one size and one free choice sold out: the sheet shows both, and the cart refuses the choice', async () => {
    const large = {
      storeId: DEMO_STORE,
      productId: 'prod-americano',
      specGroupId: 'size',
      choiceId: 'large',
    };
    const iced = {
      storeId: DEMO_STORE,
      productId: 'prod-americano',
      specGroupId: 'temperature',
      choiceId: 'iced',
    };
    dataOf(await shop.call('staff', 'setSoldOut', { ...large, soldOut: true }, STAFF.kitchen));
    const answer = dataOf(await shop.call('staff', 'setSoldOut', { ...iced, soldOut: true }, STAFF.kitchen));
    const optionsOf = (key: string) => answer.product.specGroups.find((group) => group.key === key)?.options;
    expect(optionsOf('size')?.map((option) => option.isSoldOut)).toEqual([false, true]);
    expect(optionsOf('temperature')?.map((option) => option.isSoldOut)).toEqual([false, true, false]);
    const shown = await sheet('prod-americano');
    const option = (key: string, value: string) =>
      shown.specGroups
        .find((group) => group.key === key)
        ?.options.find((candidate) => candidate.value === value);
    expect(option('size', 'large')?.isSoldOut).toBe(true);
    expect(option('temperature', 'iced')?.isSoldOut).toBe(true);
    expect(option('temperature', 'hot')?.isSoldOut).toBeFalsy();
    const add = (temperature: string) =>
      shop.call(
        'cart',
        'add',
        {
          storeId: DEMO_STORE,
          item: {
            productId: 'prod-americano',
            specs: { size: 'medium', temperature, sugar: 'none' },
            addons: [],
          },
          quantity: 1,
        },
        CUSTOMER,
      );
    expect(await add('iced')).toMatchObject({
      ok: false,
      error: { details: { problem: 'SOLD_OUT_CHOICE' } },
    });
    expect((await add('hot')).ok).toBe(true);
    dataOf(await shop.call('staff', 'setSoldOut', { ...iced, soldOut: false }, STAFF.owner));
    dataOf(await shop.call('staff', 'setSoldOut', { ...large, soldOut: false }, STAFF.owner));
    expect(
      (await sheet('prod-americano')).specGroups.flatMap((group) => group.options).some((o) => o.isSoldOut),
    ).toBe(false);
  });

  test('stock counted to zero makes the size sold out; unlimited again brings it back', async () => {
    dataOf(
      await shop.call(
        'staff',
        'setStock',
        { storeId: DEMO_STORE, skuId: 'sku-americano-large', stock: 0 },
        STAFF.clerk,
      ),
    );
    expect(lastAudit()).toMatchObject({
      action: 'staff.setStock',
      before: { stock: null },
      after: { stock: 0 },
    });
    const large = () =>
      sheet('prod-americano').then((shown) => shown.skus.find((sku) => sku.id === 'sku-americano-large'));
    expect(await large()).toMatchObject({ isSoldOut: true, stockLeft: 0 });
    dataOf(
      await shop.call(
        'staff',
        'setStock',
        { storeId: DEMO_STORE, skuId: 'sku-americano-large' },
        STAFF.clerk,
      ),
    );
    expect(await large()).toMatchObject({ isSoldOut: false, stockLeft: null });
  });

  test('categories: a new one, renamed, moved first, then hidden from customers', async () => {
    const created = dataOf(
      await shop.call(
        'staff',
        'saveCategory',
        { storeId: DEMO_STORE, name: '季节限定', nameEn: 'Seasonal', isVisible: true },
        STAFF.owner,
      ),
    );
    expect(created.categories.at(-1)).toMatchObject({ id: created.categoryId, name: '季节限定' });
    const moved = dataOf(
      await shop.call(
        'staff',
        'saveCategory',
        {
          storeId: DEMO_STORE,
          categoryId: created.categoryId,
          name: '秋季限定',
          nameEn: 'Autumn',
          isVisible: true,
          position: 0,
        },
        STAFF.manager,
      ),
    );
    expect(moved.categories[0]).toMatchObject({ id: created.categoryId, name: '秋季限定', sort: 10 });
    expect(moved.categories.map((category) => category.sort)).toEqual(
      moved.categories.map((_, index) => (index + 1) * 10),
    );
    expect((await home()).categories[0]).toMatchObject({ id: created.categoryId, name: '秋季限定' });
    dataOf(
      await shop.call(
        'staff',
        'saveCategory',
        {
          storeId: DEMO_STORE,
          categoryId: created.categoryId,
          name: '秋季限定',
          nameEn: 'Autumn',
          isVisible: false,
        },
        STAFF.owner,
      ),
    );
    expect((await home()).categories.map((category) => category.id)).not.toContain(created.categoryId);
    const editor = dataOf(await shop.call('staff', 'menu', { storeId: DEMO_STORE }, STAFF.kitchen));
    expect(editor.categories[0]).toMatchObject({ id: created.categoryId, isVisible: false });
    for (const category of shop.cloud.database.find('categories', {}))
      expect(schemaProblems('categories', category)).toEqual([]);
  });
});

describe('all or nothing', () => {
  test('an instance dying in the middle of a save leaves the product and its SKUs as they were', async () => {
    const change = draft({
      productId: 'prod-latte',
      name: '拿铁',
      skus: [
        { specs: { size: 'medium' }, priceFen: 9900 },
        { specs: { size: 'large' }, priceFen: 9900 },
      ],
    });
    change.specGroups.splice(1, 1);
    const before = catalogNow();
    // Membership, categories, product, SKUs, then the transaction: die inside it, after its first writes.
    shop.cloud.faults.crashAfter({ functionName: 'staff', operations: 9 });
    // The dead instance's code runs on until its next request is refused, and logs that: wait for it, quietly.
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const crashed = await shop.cloud
      .callAsClient('staff', { action: 'saveProduct', input: change }, STAFF.owner)
      .catch((error: unknown) => error);
    expect(String(crashed)).toContain('injected fault');
    expect(shop.cloud.faults.lastInvocation('staff')?.databaseOperations).toBeGreaterThan(5);
    expect(catalogNow()).toBe(before);
    shop.cloud.faults.clear();
    await until(() => logged.mock.calls.length > 0);
    logged.mockRestore();
    expect(catalogNow()).toBe(before);
  });
});
