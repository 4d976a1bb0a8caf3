import { loadDatabaseDefinition } from '../../database/load';
import { checkSeedStores, sandboxMerchantReminders } from '../../scripts/deploy/seed-store-checks';

test('deploy:check flags a seeded store without a merchant number, naming the store and the fix', () => {
  const seeds = {
    shop: { stores: [{ _id: 'store-a', payment: { subMchId: '1230000001' } }, { _id: 'store-b' }] },
  };
  const problems = checkSeedStores(seeds);
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatch(/database\/seed\/shop\/stores\.json: store store-b has no merchant number/);
  expect(problems[0]).toMatch(/PAYMENT_UNAVAILABLE.*payment\.subMchId/);
});

test('the demo seed passes, and its sandbox merchant number is named as one to replace', () => {
  const { seeds } = loadDatabaseDefinition();
  expect(checkSeedStores(seeds)).toEqual([]);
  expect(sandboxMerchantReminders(seeds)).toEqual([
    expect.stringMatching(/store-demo .*sandbox merchant number/),
  ]);
});
