// The product editor's words: its static texts, and what each broken field says (a field's own check or the
// server's problem code), in the current language.
import { st, type StaffPlainKey } from '../../i18n';
import type { ProblemWords } from './field-errors';
import type { FieldWords } from './product-draft';

export const TEXT_KEYS = {
  picture: 'staff.menu.picture',
  choosePicture: 'staff.menu.choosePicture',
  changePicture: 'staff.menu.changePicture',
  uploading: 'staff.menu.uploading',
  name: 'staff.menu.name',
  nameEn: 'staff.menu.nameEn',
  description: 'staff.menu.description',
  descriptionEn: 'staff.menu.descriptionEn',
  category: 'staff.menu.category',
  listed: 'staff.menu.listed',
  prices: 'staff.menu.prices',
  priceYuan: 'staff.menu.priceYuan',
  stock: 'staff.menu.stock',
  stockHint: 'staff.menu.stockHint',
  specGroups: 'staff.menu.specGroups',
  addGroup: 'staff.menu.addGroup',
  groupName: 'staff.menu.groupName',
  groupNameEn: 'staff.menu.groupNameEn',
  priced: 'staff.menu.priced',
  free: 'staff.menu.free',
  addChoice: 'staff.menu.addChoice',
  choiceName: 'staff.menu.choiceName',
  choiceNameEn: 'staff.menu.choiceNameEn',
  isDefault: 'staff.menu.default',
  remove: 'staff.menu.remove',
  addons: 'staff.menu.addons',
  addAddon: 'staff.menu.addAddon',
  addonMax: 'staff.menu.addonMax',
  onSale: 'staff.menu.onSale',
  soldOut: 'staff.menu.soldOut',
  save: 'staff.common.save',
  forbidden: 'staff.common.forbidden',
  notFound: 'staff.menu.productNotFound',
} as const satisfies Record<string, StaffPlainKey>;

/** What the page's own checks say. */
export const FIELD_WORDS = (): FieldWords => ({
  needName: st('staff.menu.needName'),
  needNameEn: st('staff.menu.needNameEn'),
  needPrice: st('staff.menu.needPrice'),
  needStock: st('staff.menu.needStock'),
});

/** What the server's refusals say, by problem code or by the schema's field name. */
export const PROBLEM_WORDS = (): ProblemWords => ({
  DUPLICATE_CHOICE: st('staff.menu.duplicateChoice'),
  DUPLICATE_GROUP: st('staff.menu.duplicateChoice'),
  DUPLICATE_ADDON: st('staff.menu.duplicateChoice'),
  TWO_DEFAULTS: st('staff.menu.twoDefaults'),
  MISSING_SKU: st('staff.menu.missingPrice'),
  UNKNOWN_SPEC: st('staff.menu.missingPrice'),
  DUPLICATE_SKU: st('staff.menu.duplicateChoice'),
  BAD_IMAGE: st('staff.menu.badPicture'),
  UNKNOWN_CATEGORY: st('staff.menu.unknownCategory'),
  priceFen: st('staff.menu.needPrice'),
  stock: st('staff.menu.needStock'),
  name: st('staff.menu.needName'),
  nameEn: st('staff.menu.needNameEn'),
  fallback: st('staff.menu.fieldProblem'),
});
