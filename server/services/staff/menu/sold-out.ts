// staff.setSoldOut and staff.setStock: the one-tap switches of the floor. A whole product (every SKU), one
// priced choice (every SKU it picks) or one free choice (its own switch) goes sold out or back; a SKU's count
// of units left is set. Each is audited with the state before and after.
import type {
  MenuProductOutput,
  SetSoldOutInput,
  SetStockInput,
} from '../../../../typings/contracts/staff-menu';
import {
  loadProductOf,
  loadSkuOf,
  setSkuStock,
  switchChoice,
  switchSkus,
} from '../../../repositories/menu-edit-repository';
import { AppError } from '../../../runtime/app-error';
import type { Caller } from '../../../runtime/router';
import { productViewsOf } from './load-menu';
import { auditMenuWrite, requireMenuRole } from './menu-access';

/** Switches the product, or one of its choices, sold out (`soldOut: true`) or back. */
export async function setSoldOut(
  input: SetSoldOutInput,
  caller: Caller,
  nowMs: number,
): Promise<MenuProductOutput> {
  const target = { storeId: input.storeId, targetCollection: 'products', targetId: input.productId } as const;
  const member = await requireMenuRole(caller, 'setSoldOut', target, nowMs);
  const stored = await loadProductOf(input.storeId, input.productId);
  if (!stored) throw new AppError('NOT_FOUND', 'No such product in this store.', { field: 'productId' });
  const before = await productOutput(input, nowMs, stored);
  const choice =
    input.specGroupId === undefined || input.choiceId === undefined
      ? undefined
      : { key: input.specGroupId, value: input.choiceId };
  const group = choice && stored.product.specGroups.find((candidate) => candidate.key === choice.key);
  if (choice && !group)
    throw new AppError('NOT_FOUND', 'This item has no such option.', { field: 'specGroupId' });
  if (choice && !group?.options.some((option) => option.value === choice.value)) {
    throw new AppError('NOT_FOUND', 'This option has no such choice.', { field: 'choiceId' });
  }
  if (!choice) await switchSkus(input.storeId, input.productId, input.soldOut, nowMs);
  else if (group?.kind === 'sku')
    await switchSkus(input.storeId, input.productId, input.soldOut, nowMs, choice);
  else if (!(await switchChoice(input.storeId, input.productId, choice, input.soldOut, nowMs))) {
    throw new AppError('NOT_FOUND', 'This option has no such choice.', { field: 'choiceId' });
  }
  const after = await productOutput(input, nowMs);
  const scope = choice ? { specGroupId: choice.key, choiceId: choice.value } : {};
  await auditMenuWrite(
    member,
    caller,
    'setSoldOut',
    target,
    { ...scope, isSoldOut: soldOutOf(before, choice) },
    { ...scope, isSoldOut: soldOutOf(after, choice) },
    nowMs,
  );
  return after;
}

/** Sets a SKU's units left (left out: unlimited). */
export async function setStock(
  input: SetStockInput,
  caller: Caller,
  nowMs: number,
): Promise<MenuProductOutput> {
  const target = { storeId: input.storeId, targetCollection: 'skus', targetId: input.skuId } as const;
  const member = await requireMenuRole(caller, 'setStock', target, nowMs);
  const sku = await loadSkuOf(input.storeId, input.skuId);
  if (!sku) throw new AppError('NOT_FOUND', 'No such SKU in this store.', { field: 'skuId' });
  const stock = input.stock ?? null;
  await setSkuStock(input.storeId, input.skuId, stock, nowMs);
  await auditMenuWrite(member, caller, 'setStock', target, { stock: sku.stock }, { stock }, nowMs);
  return productOutput({ storeId: input.storeId, productId: sku.productId }, nowMs);
}

/** The product as the editor shows it now (two reads, unless already read). */
async function productOutput(
  where: { storeId: string; productId: string },
  nowMs: number,
  read?: Awaited<ReturnType<typeof loadProductOf>>,
): Promise<MenuProductOutput> {
  const stored = read ?? (await loadProductOf(where.storeId, where.productId));
  if (!stored) throw new AppError('NOT_FOUND', 'No such product in this store.', { field: 'productId' });
  const [product] = await productViewsOf([stored.product], stored.skus, nowMs);
  if (!product) throw new Error('the product has no view');
  return { product };
}

/** The switch's state in a view: the product's, or the named choice's. */
function soldOutOf(output: MenuProductOutput, choice: { key: string; value: string } | undefined): boolean {
  if (!choice) return output.product.isSoldOut;
  const group = output.product.specGroups.find((candidate) => candidate.key === choice.key);
  return group?.options.find((option) => option.value === choice.value)?.isSoldOut === true;
}
