// Contract of the store settings and tables actions of `staff`: hours, holidays, the open / busy / closed
// switch, modes, delivery, fees and the unpaid-order window; the dine-in tables and their printable codes.
import type { ActionContract } from './index';

/** A day of the week, as the hours are keyed. */
export type SettingsWeekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/** One opening period, `HH:mm` China time; `close` may be `24:00`. */
export interface SettingsPeriod {
  open: string;
  close: string;
}

/** The staff's switch: open (by the hours), busy (no new orders, with a message) or closed (no orders). */
export type ManualState = 'open' | 'busy' | 'closed';

/** The store's settings as the settings page edits them; money in fen. */
export interface StoreSettings {
  storeId: string;
  name: string;
  nameEn: string;
  state: ManualState;
  /** The busy message or the closing note the customers read; empty when open. */
  stateMessage: string;
  hours: Record<SettingsWeekday, SettingsPeriod[]>;
  /** `YYYY-MM-DD` China-time dates closed all day, in order. */
  holidays: string[];
  modes: { dineIn: boolean; pickup: boolean; delivery: boolean };
  delivery: { radiusMetres: number; feeFen: number; minimumFen: number };
  /** Minutes an unpaid order holds its stock. */
  unpaidOrderExpiryMinutes: number;
  packagingFeeFen: number;
  /** What the caller may change: everything (owner, manager) or the switch alone (clerk). */
  mayEdit: 'all' | 'state';
  updatedAt: string;
}

/** Which store. */
export interface StaffSettingsInput {
  storeId: string;
}

/** The changes: any of the fields; what is left out stays as it is. */
export interface SaveSettingsInput {
  storeId: string;
  state?: ManualState;
  /** The busy message or closing note (at most 60 characters); used with `state`. */
  stateMessage?: string;
  hours?: Record<SettingsWeekday, SettingsPeriod[]>;
  holidays?: string[];
  modes?: { dineIn: boolean; pickup: boolean; delivery: boolean };
  delivery?: { radiusMetres: number; feeFen: number; minimumFen: number };
  unpaidOrderExpiryMinutes?: number;
  packagingFeeFen?: number;
}

/** A dine-in table as the tables page lists it. */
export interface StaffTableView {
  id: string;
  code: string;
  name: string;
  nameEn: string;
  seats: number;
  isActive: boolean;
}

/** The store's tables, by code, and whether the caller may add and change them (owner, manager). */
export interface StaffTablesOutput {
  tables: StaffTableView[];
  mayEdit: boolean;
}

/** Add a table (no `tableId`) or change one: its code, names, seats, or disable it. */
export interface SaveTableInput {
  storeId: string;
  tableId?: string;
  /** `A01`: one capital letter and two digits, unique in the store. */
  code?: string;
  name?: string;
  nameEn?: string;
  seats?: number;
  isActive?: boolean;
}

/** One table of the store. */
export interface TableCodeInput {
  storeId: string;
  tableId: string;
}

/** The table's mini-program code image in cloud storage, and a temporary URL to show and save it. */
export interface TableCodeOutput {
  tableId: string;
  /** What the code opens with: the menu page's `scene`. */
  scene: string;
  fileId: string;
  tempUrl: string;
}

/** The settings and tables actions of `staff`. */
export interface StaffSettingsContracts {
  settings: ActionContract<StaffSettingsInput, StoreSettings>;
  saveSettings: ActionContract<SaveSettingsInput, StoreSettings>;
  tables: ActionContract<StaffSettingsInput, StaffTablesOutput>;
  saveTable: ActionContract<SaveTableInput, StaffTableView>;
  tableCode: ActionContract<TableCodeInput, TableCodeOutput>;
}
