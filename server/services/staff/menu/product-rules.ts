// The rules a product draft must keep beyond its schema: unique keys, values and add-on ids, at most one
// default a group, and exactly one SKU for every combination of the `sku` groups' options. Pure.
import type { SaveProductInput } from '../../../../typings/contracts/staff-menu';

/** A broken rule: the field at fault (`skus[2].specs`) and a stable problem code. */
export interface DraftProblem {
  field: string;
  problem:
    | 'DUPLICATE_GROUP'
    | 'DUPLICATE_CHOICE'
    | 'TWO_DEFAULTS'
    | 'DUPLICATE_ADDON'
    | 'UNKNOWN_SPEC'
    | 'DUPLICATE_SKU'
    | 'MISSING_SKU'
    | 'BAD_IMAGE';
  message: string;
}

/** The key a SKU's specs are compared by: the `sku` group values in group order. */
export function specsKey(groupKeys: readonly string[], specs: Readonly<Record<string, string>>): string {
  return groupKeys.map((key) => `${key}=${specs[key] ?? ''}`).join('&');
}

/** Every combination of the `sku` groups' options (one empty combination without such groups). */
export function skuCombinations(groups: SaveProductInput['specGroups']): Array<Record<string, string>> {
  return groups
    .filter((group) => group.kind === 'sku')
    .reduce<Array<Record<string, string>>>(
      (combos, group) =>
        combos.flatMap((combo) => group.options.map((option) => ({ ...combo, [group.key]: option.value }))),
      [{}],
    );
}

/** The first rule the draft breaks, or null. `imagePrefix` is the only folder its picture may come from. */
export function draftProblem(draft: SaveProductInput, imagePrefix: string): DraftProblem | null {
  return (
    groupProblem(draft.specGroups) ??
    addonProblem(draft.addons) ??
    skuProblem(draft) ??
    imageProblem(draft.imageFileId, imagePrefix)
  );
}

function groupProblem(groups: SaveProductInput['specGroups']): DraftProblem | null {
  const keys = new Set<string>();
  for (const [index, group] of groups.entries()) {
    if (keys.has(group.key))
      return {
        field: `specGroups[${index}].key`,
        problem: 'DUPLICATE_GROUP',
        message: `two groups are ${group.key}`,
      };
    keys.add(group.key);
    const values = new Set<string>();
    for (const [at, option] of group.options.entries()) {
      if (values.has(option.value)) {
        return {
          field: `specGroups[${index}].options[${at}].value`,
          problem: 'DUPLICATE_CHOICE',
          message: `${group.key} has two choices ${option.value}`,
        };
      }
      values.add(option.value);
    }
    if (group.options.filter((option) => option.isDefault).length > 1) {
      return {
        field: `specGroups[${index}].options`,
        problem: 'TWO_DEFAULTS',
        message: `${group.key} may have one default choice`,
      };
    }
  }
  return null;
}

function addonProblem(addons: SaveProductInput['addons']): DraftProblem | null {
  const ids = new Set<string>();
  for (const [index, addon] of addons.entries()) {
    if (ids.has(addon.id))
      return {
        field: `addons[${index}].id`,
        problem: 'DUPLICATE_ADDON',
        message: `two add-ons are ${addon.id}`,
      };
    ids.add(addon.id);
  }
  return null;
}

function skuProblem(draft: SaveProductInput): DraftProblem | null {
  const skuGroups = draft.specGroups.filter((group) => group.kind === 'sku');
  const keys = skuGroups.map((group) => group.key);
  const seen = new Set<string>();
  for (const [index, sku] of draft.skus.entries()) {
    const unknown = Object.entries(sku.specs).find(
      ([key, value]) =>
        !skuGroups.some(
          (group) => group.key === key && group.options.some((option) => option.value === value),
        ),
    );
    if (unknown || Object.keys(sku.specs).length !== keys.length) {
      return {
        field: `skus[${index}].specs`,
        problem: 'UNKNOWN_SPEC',
        message: 'a SKU names one choice of every priced group, and nothing else',
      };
    }
    const key = specsKey(keys, sku.specs);
    if (seen.has(key))
      return {
        field: `skus[${index}].specs`,
        problem: 'DUPLICATE_SKU',
        message: 'two SKUs have the same choices',
      };
    seen.add(key);
  }
  const missing = skuCombinations(draft.specGroups).find((combo) => !seen.has(specsKey(keys, combo)));
  if (missing) {
    return {
      field: 'skus',
      problem: 'MISSING_SKU',
      message: `every combination of priced choices needs a price (${Object.values(missing).join(' / ')})`,
    };
  }
  return null;
}

function imageProblem(imageFileId: string | undefined, imagePrefix: string): DraftProblem | null {
  if (imageFileId === undefined || imageFileId === '') return null;
  const path = imageFileId.replace(/^cloud:\/\/[^/]+\//, '');
  const isOurs = imageFileId.startsWith('cloud://') && path.startsWith(imagePrefix) && !path.includes('..');
  return isOurs
    ? null
    : { field: 'imageFileId', problem: 'BAD_IMAGE', message: `a picture uploaded under ${imagePrefix}` };
}
