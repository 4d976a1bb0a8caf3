// The server's refusal of a save, put beside the fields it names: `details.field` from a rule
// (`skus[1].specs`, `specGroups[0].options[2].value`) or the schema's `input/skus/0/priceFen …`. Pure.
import type { ErrorBody } from '../../../../typings/result';
import type { ProductDraft } from './product-draft';

/** Words for each problem code the server names; `fallback` for any other. */
export type ProblemWords = Record<string, string> & { fallback: string };

/** The fields an INVALID_INPUT answer names, as `a[0].b` paths, each with what to tell the person. */
export function fieldsOf(error: ErrorBody, words: ProblemWords): Array<{ field: string; message: string }> {
  if (error.code !== 'INVALID_INPUT' || !error.details) return [];
  const details = error.details;
  if ('field' in details) {
    return [{ field: details.field, message: words[details.problem ?? ''] ?? words.fallback }];
  }
  return details.problems.flatMap((problem) => {
    const match = /^input\/(\S+)/.exec(problem);
    if (!match?.[1]) return [];
    const field = match[1].replace(/\/(\d+)/g, '[$1]').replace(/\//g, '.');
    const parts = field.split('.');
    const leaf = parts[parts.length - 1] ?? '';
    return [{ field, message: words[leaf] ?? words.fallback }];
  });
}

/** The form with each named field's message beside it (the product's own fields, rows, groups, choices). */
export function withFieldErrors(
  draft: ProductDraft,
  fields: ReadonlyArray<{ field: string; message: string }>,
): ProductDraft {
  const next: ProductDraft = {
    ...draft,
    errors: { ...draft.errors },
    skus: draft.skus.map((sku) => ({ ...sku })),
    groups: draft.groups.map((group) => ({
      ...group,
      options: group.options.map((option) => ({ ...option })),
    })),
    addons: draft.addons.map((addon) => ({ ...addon })),
  };
  for (const { field, message } of fields) {
    const sku = /^skus\[(\d+)\](?:\.(\w+))?/.exec(field);
    const option = /^specGroups\[(\d+)\]\.options\[(\d+)\]/.exec(field);
    const group = /^specGroups\[(\d+)\]/.exec(field);
    const addon = /^addons\[(\d+)\]/.exec(field);
    const row = sku && next.skus[Number(sku[1])];
    if (row) {
      if (sku[2] === 'stock') row.stockError = message;
      else row.priceError = message;
    } else if (option) {
      const choice = next.groups[Number(option[1])]?.options[Number(option[2])];
      if (choice) choice.error = message;
    } else if (group) {
      const found = next.groups[Number(group[1])];
      if (found) found.error = message;
    } else if (addon) {
      const found = next.addons[Number(addon[1])];
      if (found) found.error = message;
    } else {
      next.errors[productField(field)] = message;
    }
  }
  return next;
}

/** The product's own field a server path names (anything else shows under the price rows). */
function productField(field: string): keyof ProductDraft['errors'] {
  const named: Record<string, keyof ProductDraft['errors']> = {
    name: 'name',
    nameEn: 'nameEn',
    description: 'description',
    descriptionEn: 'descriptionEn',
    imageFileId: 'picture',
    categoryId: 'category',
  };
  return named[field] ?? 'skus';
}
