import { fieldsOf, withFieldErrors } from './field-errors';
import { draftOf, fenOf, inputOf, skuRowsFor, stockOf, yuanText, type DraftGroup } from './product-draft';

const WORDS = { needName: 'name?', needNameEn: 'english?', needPrice: 'price?', needStock: 'stock?' };
const size: DraftGroup = {
  key: 'size',
  kind: 'sku',
  name: '杯型',
  nameEn: 'Size',
  error: '',
  options: ['medium', 'large'].map((value, index) => ({
    value,
    name: value === 'medium' ? '中杯' : '大杯',
    nameEn: value,
    isDefault: index === 0,
    isSoldOut: false,
    isStored: true,
    error: '',
  })),
};

test('prices typed in yuan become whole fen; anything else is refused', () => {
  expect([fenOf('28'), fenOf('28.5'), fenOf(' 0.01 '), fenOf('16.50')]).toEqual([2800, 2850, 1, 1650]);
  expect([fenOf('0'), fenOf('12.345'), fenOf('-3'), fenOf('abc'), fenOf('')]).toEqual([
    null,
    null,
    null,
    null,
    null,
  ]);
  expect([yuanText(2800), yuanText(2850), yuanText(1)]).toEqual(['28', '28.50', '0.01']);
  expect([stockOf(''), stockOf('12'), stockOf('1.5')]).toEqual([undefined, 12, null]);
});

test('a priced group makes one row per choice; a kept row keeps what was typed', () => {
  const blank = draftOf(undefined, 'cat-coffee');
  const rows = skuRowsFor([size], [{ ...blank.skus[0]!, priceText: '24' }]);
  expect(rows.map((row) => [row.label, row.priceText])).toEqual([
    ['中杯', '24'],
    ['大杯', '24'],
  ]);
  const typed = rows.map((row, index) => ({ ...row, priceText: index === 0 ? '24' : '28' }));
  const withFree = skuRowsFor([size, { ...size, key: 'ice', kind: 'choice' }], typed);
  expect(withFree.map((row) => row.priceText)).toEqual(['24', '28']);
});

test('the page’s own checks mark the fields; the server’s refusal lands beside the field it names', () => {
  const draft = { ...draftOf(undefined, 'cat-coffee'), name: '拿铁', groups: [size] };
  draft.skus = skuRowsFor([size], draft.skus).map((row, index) => ({
    ...row,
    priceText: index === 0 ? '24' : 'x',
  }));
  const checked = inputOf(draft, 'store-demo', WORDS);
  expect(checked.hasProblems).toBe(true);
  expect(checked.draft.errors.nameEn).toBe('english?');
  expect(checked.draft.skus.map((row) => row.priceError)).toEqual(['', 'price?']);
  const fields = fieldsOf(
    { code: 'INVALID_INPUT', message: 'x', details: { problems: ['input/skus/1/priceFen must be >= 1'] } },
    { fallback: 'wrong', priceFen: 'price?' },
  );
  expect(fields).toEqual([{ field: 'skus[1].priceFen', message: 'price?' }]);
  const shown = withFieldErrors(draft, [
    ...fields,
    { field: 'specGroups[0].options[1].value', message: 'twice' },
    { field: 'imageFileId', message: 'picture?' },
  ]);
  expect(shown.skus[1]?.priceError).toBe('price?');
  expect(shown.groups[0]?.options[1]?.error).toBe('twice');
  expect(shown.errors.picture).toBe('picture?');
});
