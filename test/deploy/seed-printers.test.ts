import { loadDatabaseDefinition } from '../../database/load';
import { sandboxPrinterReminders } from '../../scripts/deploy/seed-printer-checks';

test('deploy:check reminds that the demo store prints on the sandbox printer', () => {
  expect(sandboxPrinterReminders(loadDatabaseDefinition().seeds)).toEqual([
    expect.stringMatching(/store-demo .*sandbox printer.*userVariable, keyVariable/),
  ]);
});

test('a store with a cloud printer gets no reminder', () => {
  const seeds = { shop: { stores: [{ _id: 'store-a', printer: { provider: 'feie' } }, { _id: 'store-b' }] } };
  expect(sandboxPrinterReminders(seeds)).toEqual([]);
});
