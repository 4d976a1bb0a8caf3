// The menu editor's actions of the `staff` function, registered in its index.ts with one spread.
import { defineAction } from '../../../runtime/router';
import { loadStaffMenu } from './load-menu';
import {
  saveCategoryInputSchema,
  saveProductInputSchema,
  setSoldOutInputSchema,
  setStockInputSchema,
  staffMenuInputSchema,
} from './menu-schemas';
import { saveCategory } from './save-category';
import { saveProduct } from './save-product';
import { setSoldOut, setStock } from './sold-out';

/** menu (all staff), saveCategory and saveProduct (owner, manager), setSoldOut and setStock (all staff). */
export const staffMenuActions = {
  menu: defineAction({
    input: staffMenuInputSchema,
    requiresUser: true,
    handle: (input, caller) => loadStaffMenu(input, caller, Date.now()),
  }),
  saveCategory: defineAction({
    input: saveCategoryInputSchema,
    requiresUser: true,
    handle: (input, caller) => saveCategory(input, caller, Date.now()),
  }),
  saveProduct: defineAction({
    input: saveProductInputSchema,
    requiresUser: true,
    handle: (input, caller) => saveProduct(input, caller, Date.now()),
  }),
  setSoldOut: defineAction({
    input: setSoldOutInputSchema,
    requiresUser: true,
    handle: (input, caller) => setSoldOut(input, caller, Date.now()),
  }),
  setStock: defineAction({
    input: setStockInputSchema,
    requiresUser: true,
    handle: (input, caller) => setStock(input, caller, Date.now()),
  }),
};
