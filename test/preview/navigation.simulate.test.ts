import path from 'node:path';
import { openSimulatedPage } from '../support/simulate-page';

// The preview's fixture pages in miniprogram-simulate too, so the two engines do not drift.
test('the second fixture page draws its onLoad query', async () => {
  const page = await openSimulatedPage(
    path.join(__dirname, 'fixture-app/pages/second/index'),
    path.join(__dirname, 'fixture-app'),
    { dish: 'noodles', count: '2' },
    { lifecycle: [] },
  );
  expect(page.querySelector('.depth')?.dom?.textContent).toBe('depth 1');
  expect(page.querySelector('.order')?.dom?.textContent).toBe('2 × noodles');
});
