// The order model in CI: a bounded number of random runs (MODEL_RUNS, default 25), each printed seed
// replayable with MODEL_SEED=<seed> (and MODEL_PATH=<path> from a failure's report). `npm run soak` runs more.
import { startTestCloud, type TestCloud } from '../support/test-cloud';
import { modelSeed, runOrderModel } from './order-model';

let shop: TestCloud;
beforeAll(async () => {
  shop = await startTestCloud();
});
afterAll(() => shop.close());

const runs = Number(process.env.MODEL_RUNS ?? 25);
const seed = modelSeed();

test(`${runs} random order life cycles keep stock, money, statuses and pickup numbers right (seed ${seed})`, async () => {
  const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  try {
    await runOrderModel(shop, {
      runs,
      seed,
      maxSteps: 14,
      ...(process.env.MODEL_PATH !== undefined && { path: process.env.MODEL_PATH }),
    });
  } catch (error) {
    throw new Error(`order model failed; replay with MODEL_SEED=${seed}\n${String(error)}`, { cause: error });
  } finally {
    quiet.mockRestore();
    warn.mockRestore();
  }
}, 120_000);
