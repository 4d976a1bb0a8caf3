// The form's structural edits: groups, choices and add-ons added or removed, a group's kind or default changed.
// Each answers the groups (and price rows, kept in step) or add-ons to draw. Pure.
import { freshKey, skuRowsFor, type DraftAddon, type DraftGroup, type ProductDraft } from './product-draft';

/** What a structural edit changes: the groups with their price rows, or the add-ons. */
export type DraftPatch = Pick<ProductDraft, 'groups' | 'skus'> | Pick<ProductDraft, 'addons'>;

const choice = (value: string, isDefault: boolean) => ({
  value,
  name: '',
  nameEn: '',
  isDefault,
  isSoldOut: false,
  isStored: false,
  error: '',
});

function regrouped(draft: ProductDraft, groups: DraftGroup[]): DraftPatch {
  return { groups, skus: skuRowsFor(groups, draft.skus) };
}

/** A new free group with one default choice. */
export function addGroup(draft: ProductDraft): DraftPatch {
  const key = freshKey(
    'spec',
    draft.groups.map((group) => group.key),
  );
  const group: DraftGroup = {
    key,
    kind: 'choice',
    name: '',
    nameEn: '',
    options: [choice('opt_1', true)],
    error: '',
  };
  return regrouped(draft, [...draft.groups, group]);
}

export function removeGroup(draft: ProductDraft, groupIndex: number): DraftPatch {
  return regrouped(
    draft,
    draft.groups.filter((_, index) => index !== groupIndex),
  );
}

/** Priced (each choice its own price row) or free. */
export function setGroupKind(draft: ProductDraft, groupIndex: number, kind: DraftGroup['kind']): DraftPatch {
  return regrouped(
    draft,
    draft.groups.map((group, index) => (index === groupIndex ? { ...group, kind } : group)),
  );
}

export function addChoice(draft: ProductDraft, groupIndex: number): DraftPatch {
  return regrouped(
    draft,
    draft.groups.map((group, index) => {
      if (index !== groupIndex) return group;
      const value = freshKey(
        'opt',
        group.options.map((option) => option.value),
      );
      return { ...group, options: [...group.options, choice(value, group.options.length === 0)] };
    }),
  );
}

/** Removes a choice; a group left without choices goes too. */
export function removeChoice(draft: ProductDraft, groupIndex: number, choiceIndex: number): DraftPatch {
  const groups = draft.groups.flatMap((group, index) => {
    if (index !== groupIndex) return [group];
    const options = group.options.filter((_, at) => at !== choiceIndex);
    if (options.length === 0) return [];
    const hasDefault = options.some((option) => option.isDefault);
    return [
      {
        ...group,
        options: options.map((option, at) => ({
          ...option,
          isDefault: option.isDefault || (!hasDefault && at === 0),
        })),
      },
    ];
  });
  return regrouped(draft, groups);
}

/** The choice the customer starts at in its group. */
export function setDefault(draft: ProductDraft, groupIndex: number, choiceIndex: number): DraftPatch {
  return regrouped(
    draft,
    draft.groups.map((group, index) =>
      index !== groupIndex
        ? group
        : {
            ...group,
            options: group.options.map((option, at) => ({ ...option, isDefault: at === choiceIndex })),
          },
    ),
  );
}

/** A choice's names changed: its price rows' labels follow. */
export function renameChoice(
  draft: ProductDraft,
  groupIndex: number,
  choiceIndex: number,
  name: string,
): DraftPatch {
  return regrouped(
    draft,
    draft.groups.map((group, index) =>
      index !== groupIndex
        ? group
        : {
            ...group,
            options: group.options.map((option, at) => (at === choiceIndex ? { ...option, name } : option)),
          },
    ),
  );
}

export function addAddon(draft: ProductDraft): DraftPatch {
  const id = freshKey(
    'addon',
    draft.addons.map((addon) => addon.id),
  );
  const addon: DraftAddon = { id, name: '', nameEn: '', priceText: '', maxQuantity: 1, error: '' };
  return { addons: [...draft.addons, addon] };
}

export function removeAddon(draft: ProductDraft, addonIndex: number): DraftPatch {
  return { addons: draft.addons.filter((_, index) => index !== addonIndex) };
}
