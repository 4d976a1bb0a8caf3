// The mini program's shared state: one session, one cart and one orders store for every page.
import { CartStore } from './cart-store';
import { OrdersStore } from './orders-store';
import { SessionStore } from './session-store';
import { wxStorage } from './storage';

export { CartStore } from './cart-store';
export { OrdersStore } from './orders-store';
export { SESSION_STORAGE_KEY, SessionStore, type SessionState, type SessionTable } from './session-store';

/** The session (store, table, mode, language), remembered in the device's storage. */
export const session = new SessionStore(wxStorage);
/** The cart as the server last answered it. */
export const cart = new CartStore();
/** The customer's orders as the server answered them. */
export const orders = new OrdersStore();
