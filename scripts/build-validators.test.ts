// The checked-in validator modules are exactly what the build would generate from today's schemas.
import fs from 'node:fs';
import path from 'node:path';
import { generateValidatorFiles, VALIDATORS_DIR } from './build-validators';

test('every generated validator module is up to date with its schemas (else run npm run build:validators)', async () => {
  const expected = await generateValidatorFiles();
  expect(fs.readdirSync(VALIDATORS_DIR).sort()).toEqual(
    [...expected.keys()].map((file) => path.basename(file)).sort(),
  );
  for (const [file, text] of expected) {
    expect({ file: path.relative(VALIDATORS_DIR, file), text: fs.readFileSync(file, 'utf8') }).toEqual({
      file: path.relative(VALIDATORS_DIR, file),
      text,
    });
  }
});

test('every client function has generated validators, one per action', async () => {
  const expected = await generateValidatorFiles();
  const cart = [...expected].find(([file]) => file.endsWith('cart.d.ts'))?.[1] ?? '';
  for (const action of ['get', 'add', 'setQuantity', 'remove', 'clear'])
    expect(cart).toContain(`const ${action}:`);
  expect(
    [...expected.keys()]
      .map((file) => path.basename(file))
      .filter((name) => name.endsWith('.js'))
      .sort(),
  ).toEqual(['account.js', 'browse.js', 'cart.js', 'checkout.js', 'order.js', 'pay.js', 'staff.js']);
});
