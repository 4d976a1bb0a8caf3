// The one contract map: every client-callable cloud function, its actions, and each action's input and output.
// The router is checked against it, the mini program's cloud client and the test helpers derive from it.
// Server-only functions (the payment callback `notify`, the timer-driven `sweeper`) are not client actions
// and are not in it: no page can call them.
import type { AddressBookContracts } from './account';
import type { ConsentContracts } from './consent';
import type {
  HomeInput,
  HomeOutput,
  ProductInput,
  MenuInput,
  MenuOutput,
  ProductOutput,
  SearchInput,
  SearchOutput,
  StoresInput,
  StoresOutput,
} from './browse';
import type {
  CartAddInput,
  CartClearInput,
  CartGetInput,
  CartReorderInput,
  CartReorderOutput,
  CartRemoveInput,
  CartSetQuantityInput,
  CartView,
} from './cart';
import type { PlaceOrderInput, PlaceOrderOutput, PreviewInput, PreviewOutput } from './checkout';
import type {
  OrderCancelInput,
  OrderCancelOutput,
  OrderDetailInput,
  OrderDetailOutput,
  OrderListInput,
  OrderListOutput,
} from './order';
import type { InvoiceView, RequestInvoiceInput } from './invoice';
import type { PayInput, PayOutput } from './pay';
import type { PrivacyContracts } from './privacy';
import type { StaffContracts } from './staff';

/** One action: what the page sends as `input` and what `data` holds when the answer is ok. */
export interface ActionContract<I, O> {
  input: I;
  output: O;
}

/** Function → action → contract, for every function a page may call. */
export interface Contracts {
  browse: {
    home: ActionContract<HomeInput, HomeOutput>;
    search: ActionContract<SearchInput, SearchOutput>;
    product: ActionContract<ProductInput, ProductOutput>;
    stores: ActionContract<StoresInput, StoresOutput>;
    menu: ActionContract<MenuInput, MenuOutput>;
  };
  cart: {
    get: ActionContract<CartGetInput, CartView>;
    add: ActionContract<CartAddInput, CartView>;
    setQuantity: ActionContract<CartSetQuantityInput, CartView>;
    remove: ActionContract<CartRemoveInput, CartView>;
    clear: ActionContract<CartClearInput, CartView>;
    reorder: ActionContract<CartReorderInput, CartReorderOutput>;
  };
  checkout: {
    preview: ActionContract<PreviewInput, PreviewOutput>;
    place: ActionContract<PlaceOrderInput, PlaceOrderOutput>;
  };
  pay: {
    start: ActionContract<PayInput, PayOutput>;
  };
  order: {
    list: ActionContract<OrderListInput, OrderListOutput>;
    detail: ActionContract<OrderDetailInput, OrderDetailOutput>;
    cancel: ActionContract<OrderCancelInput, OrderCancelOutput>;
    requestInvoice: ActionContract<RequestInvoiceInput, InvoiceView>;
  };
  /** The caller's own account: the address book, subscribe consents, and their data exported or erased. */
  account: AddressBookContracts & ConsentContracts & PrivacyContracts;
  /** The shop's staff, by role. */
  staff: StaffContracts;
}

/** A client-callable cloud function's name. */
export type FunctionName = keyof Contracts;
/** The action names of function F. */
export type ActionName<F extends FunctionName> = keyof Contracts[F] & string;
/** The contract of action A of function F. */
export type ContractOf<F extends FunctionName, A extends ActionName<F>> =
  Contracts[F][A] extends ActionContract<infer I, infer O> ? ActionContract<I, O> : never;
/** What action A of function F takes as `input`. */
export type InputOf<F extends FunctionName, A extends ActionName<F>> = ContractOf<F, A>['input'];
/** What action A of function F answers as `data`. */
export type OutputOf<F extends FunctionName, A extends ActionName<F>> = ContractOf<F, A>['output'];
/** Any output of function F (what a call with an action not known statically may answer). */
export type AnyOutputOf<F extends FunctionName> = { [A in ActionName<F>]: OutputOf<F, A> }[ActionName<F>];
