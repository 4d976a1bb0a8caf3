// One idle day of a shop on a test clock, in a process of its own (a test cloud replaces the SDK's
// environment): every timer run counted as it happens, since not every sweep costs the same (one in 36 also
// looks for stale stock holds). Prints the day's database operations.
import { startTestCloud } from '../../test/support/test-cloud';

const DAY_MS = 24 * 60 * 60 * 1000;

async function main(): Promise<void> {
  const shop = await startTestCloud();
  try {
    shop.cloud.database.resetStats();
    await shop.clock.advance(DAY_MS);
    console.log(String(shop.cloud.database.stats().total));
  } finally {
    await shop.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
