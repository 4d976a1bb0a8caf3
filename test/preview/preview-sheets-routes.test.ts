import path from 'node:path';
import { DEMO_STORE, startTestCloud, type TestCloud } from '../support/test-cloud';

// The two doors the preview's sheets read: the tables a scan can pick, and app.json's private-info declarations.
let shop: TestCloud;

beforeAll(async () => {
  shop = await startTestCloud({ previewRoot: path.join(__dirname, 'sheets-app') });
});
afterAll(() => shop.close());

async function getJson(address: string): Promise<unknown> {
  const response = await fetch(`${shop.cloud.baseUrl}${address}`);
  expect(response.status).toBe(200);
  return response.json();
}

test("the tables door lists a store's active tables in code order, and the page their codes open", async () => {
  shop.cloud.database.update('tables', { _id: 'table-demo-a02' }, { isActive: false });
  const answer = (await getJson(`/preview/tables?store=${DEMO_STORE}`)) as {
    entryPage: string;
    stores: Array<{ storeId: string; name: string; tables: Array<{ _id: string; code: string }> }>;
  };
  expect(answer.entryPage).toBe('pages/scan/index');
  expect(answer.stores.map((store) => [store.storeId, store.name])).toEqual([[DEMO_STORE, '点单示范咖啡馆']]);
  const codes = answer.stores[0]?.tables.map((table) => table.code);
  expect(codes).toEqual(['A01', 'A03', 'A04', 'A05', 'A06', 'A07', 'A08', 'B01', 'B02', 'B03', 'B04']);
  expect(await getJson('/preview/tables?store=store-gone')).toEqual({
    entryPage: 'pages/scan/index',
    stores: [],
  });
});

test("the declarations door answers app.json's requiredPrivateInfos", async () => {
  expect(await getJson('/preview/declarations')).toEqual({
    requiredPrivateInfos: ['getLocation', 'chooseLocation', 'chooseAddress'],
  });
});
