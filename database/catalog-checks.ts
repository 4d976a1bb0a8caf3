// Catalog consistency in a seed set: products fit their category's store, and each product's SKUs are exactly its size grid.
import type { ProblemList } from './problems';
import type { LocatedDocument } from './seed-checks';

/** A spec group as products declare it: `sku` groups pick a SKU (own price), `choice` groups are free options. */
interface SpecGroup {
  key: string;
  kind: 'sku' | 'choice';
  options: Array<{ value: string; isDefault?: boolean }>;
}

interface ProductShape {
  _id: string;
  storeId: string;
  categoryId: string;
  specGroups: SpecGroup[];
  addons: Array<{ id: string }>;
}

interface SkuShape {
  _id: string;
  storeId: string;
  productId: string;
  specs: Record<string, string>;
}

/** Checks products against categories and SKUs against products; documents that broke their schema are skipped. */
export function checkCatalog(set: ReadonlyMap<string, LocatedDocument[]>, problems: ProblemList): void {
  const categories = new Map(
    (set.get('categories') ?? []).map((entry) => [String(entry.document._id), entry]),
  );
  const products = (set.get('products') ?? []).filter((entry) => entry.isValid);
  const skusByProduct = new Map<string, Array<LocatedDocument & { sku: SkuShape }>>();
  for (const entry of (set.get('skus') ?? []).filter((sku) => sku.isValid)) {
    const sku = entry.document as unknown as SkuShape;
    skusByProduct.set(sku.productId, [...(skusByProduct.get(sku.productId) ?? []), { ...entry, sku }]);
  }
  for (const entry of products) {
    const product = entry.document as unknown as ProductShape;
    const category = categories.get(product.categoryId);
    if (category && category.document.storeId !== product.storeId) {
      problems.add(entry.file, `${entry.label} is in store "${product.storeId}" but its category is not`);
    }
    checkSpecGroups(entry, product, problems);
    checkSkus(entry, product, skusByProduct.get(product._id) ?? [], problems);
  }
}

function checkSpecGroups(entry: LocatedDocument, product: ProductShape, problems: ProblemList): void {
  const say = (message: string) => problems.add(entry.file, `${entry.label} ${message}`);
  for (const key of duplicates(product.specGroups.map((group) => group.key)))
    say(`has two spec groups "${key}"`);
  for (const id of duplicates(product.addons.map((addon) => addon.id))) say(`has two add-ons "${id}"`);
  for (const group of product.specGroups) {
    for (const value of duplicates(group.options.map((option) => option.value))) {
      say(`spec group "${group.key}" lists option "${value}" twice`);
    }
    const defaults = group.options.filter((option) => option.isDefault === true).length;
    if (defaults !== 1) say(`spec group "${group.key}" needs exactly one default option (has ${defaults})`);
  }
}

function checkSkus(
  entry: LocatedDocument,
  product: ProductShape,
  skus: Array<LocatedDocument & { sku: SkuShape }>,
  problems: ProblemList,
): void {
  const skuGroups = product.specGroups.filter((group) => group.kind === 'sku');
  const expected = skuGroups.reduce((count, group) => count * group.options.length, 1);
  if (skus.length !== expected) {
    problems.add(
      entry.file,
      `${entry.label} needs ${expected} SKU(s), one per size combination, but has ${skus.length}`,
    );
  }
  const seen = new Set<string>();
  for (const { file, label, sku } of skus) {
    const say = (message: string) => problems.add(file, `${label} ${message}`);
    if (sku.storeId !== product.storeId)
      say(`is in store "${sku.storeId}" but its product is in "${product.storeId}"`);
    const keys = Object.keys(sku.specs).sort();
    const groupKeys = skuGroups.map((group) => group.key).sort();
    if (keys.join() !== groupKeys.join()) {
      say(`specs name [${keys.join(', ')}] but the product's SKU groups are [${groupKeys.join(', ')}]`);
      continue;
    }
    for (const group of skuGroups) {
      const value = sku.specs[group.key];
      if (!group.options.some((option) => option.value === value)) {
        say(`specs.${group.key} "${String(value)}" is not an option of the product`);
      }
    }
    const signature = groupKeys.map((key) => `${key}=${sku.specs[key]}`).join('&');
    if (seen.has(signature)) say(`repeats the specs of another SKU of ${product._id} (${signature})`);
    seen.add(signature);
  }
}

function duplicates(values: string[]): string[] {
  return [...new Set(values.filter((value, index) => values.indexOf(value) !== index))];
}
