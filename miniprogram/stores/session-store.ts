// The customer's session: which store and table, how they get the order, and the language; remembered.
import type { OrderMode } from '../../typings/contracts/order';
import { DEFAULT_LOCALE, isLocale, setLocale, type Locale } from '../i18n';
import type { KeyValueStorage } from './storage';
import { WatchedStore } from './watched-store';

/** The storage key the session is remembered under. */
export const SESSION_STORAGE_KEY = 'diandan.session.v1';

/** A table the customer scanned: its id, the code on its QR (what checkout sends) and its names. */
export interface SessionTable {
  id: string;
  code: string;
  name: string;
  nameEn: string;
}

/** What the session remembers. */
export interface SessionState {
  storeId: string | null;
  table: SessionTable | null;
  mode: OrderMode;
  locale: Locale;
}

const MODES: readonly OrderMode[] = ['dine_in', 'pickup', 'delivery'];

function isMode(value: unknown): value is OrderMode {
  return MODES.some((mode) => mode === value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function readTable(value: unknown): SessionTable | null {
  if (!isRecord(value)) return null;
  const { id, code, name, nameEn } = value;
  const fields = [id, code, name, nameEn];
  if (!fields.every((field): field is string => typeof field === 'string')) return null;
  return { id: String(id), code: String(code), name: String(name), nameEn: String(nameEn) };
}

/** Reads a remembered session, keeping each field only when it is well-formed (else its default). */
export function readSession(saved: unknown): SessionState {
  const value = isRecord(saved) ? saved : {};
  return {
    storeId: typeof value.storeId === 'string' && value.storeId !== '' ? value.storeId : null,
    table: readTable(value.table),
    mode: isMode(value.mode) ? value.mode : 'pickup',
    locale: isLocale(value.locale) ? value.locale : DEFAULT_LOCALE,
  };
}

/** The session store: its fields, and actions that change them, remember them and tell its watchers. */
export class SessionStore extends WatchedStore implements SessionState {
  storeId: string | null;
  table: SessionTable | null;
  mode: OrderMode;
  locale: Locale;

  constructor(private readonly storage: KeyValueStorage) {
    super();
    const state = readSession(storage.get(SESSION_STORAGE_KEY));
    this.storeId = state.storeId;
    this.table = state.table;
    this.mode = state.mode;
    this.locale = state.locale;
    setLocale(this.locale);
  }

  /** Picks a store; a table belongs to one store, so a different store forgets the table. */
  chooseStore(storeId: string): void {
    if (storeId !== this.storeId) this.table = null;
    this.storeId = storeId;
    this.save();
  }

  /** A scanned table code: that store, that table, and dine-in. */
  scanTable(storeId: string, table: SessionTable): void {
    this.storeId = storeId;
    this.table = { ...table };
    this.mode = 'dine_in';
    this.save();
  }

  /** Leaves the table (dine-in falls back to pickup). */
  leaveTable(): void {
    this.table = null;
    if (this.mode === 'dine_in') this.mode = 'pickup';
    this.save();
  }

  /** How the customer gets the order. */
  setMode(mode: OrderMode): void {
    this.mode = mode;
    this.save();
  }

  /** The language of every text from now on (`t` speaks it at once). */
  setLocale(locale: Locale): void {
    this.locale = locale;
    setLocale(locale);
    this.save();
  }

  /** Remembers the session in storage and tells the watchers. */
  private save(): void {
    const state: SessionState = {
      storeId: this.storeId,
      table: this.table,
      mode: this.mode,
      locale: this.locale,
    };
    this.storage.set(SESSION_STORAGE_KEY, state);
    this.changed();
  }
}
