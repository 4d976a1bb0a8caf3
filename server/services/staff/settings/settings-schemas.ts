// Input schemas of staff.settings and staff.saveSettings: shapes and ranges; the rules between fields (periods in
// order, real dates) are settings-rules.ts.
import type {
  SaveSettingsInput,
  SettingsPeriod,
  SettingsWeekday,
  StaffSettingsInput,
} from '../../../../typings/contracts/staff-settings';
import type { Schema } from '../../../runtime/validation';
import { documentIdSchema, NOT_NULL } from '../../schema-fragments';

/** `HH:mm`, or `24:00` for the end of the day. */
const TIME = '^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$';
/** `YYYY-MM-DD` (whether the day exists is settings-rules.ts's check). */
const DATE = '^20[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$';

/** Limits an owner may set, in the units of their field. */
export const SETTINGS_LIMITS = {
  /** Opening periods in one day (as the stores schema allows). */
  periodsPerDay: 4,
  holidays: 60,
  messageChars: 60,
  radiusMetres: { min: 100, max: 50_000 },
  /** ¥200 delivery fee, ¥2,000 minimum, ¥50 packaging: above these it is a typo. */
  feeFen: 20_000,
  minimumFen: 200_000,
  packagingFeeFen: 5_000,
  /** An unpaid order holds stock 5 minutes to 2 hours. */
  expiryMinutes: { min: 5, max: 120 },
} as const;

export const staffSettingsInputSchema: Schema<StaffSettingsInput> = {
  type: 'object',
  properties: { storeId: { ...documentIdSchema } },
  required: ['storeId'],
  additionalProperties: false,
};

const periodSchema: Schema<SettingsPeriod> = {
  type: 'object',
  properties: { open: { type: 'string', pattern: TIME }, close: { type: 'string', pattern: TIME } },
  required: ['open', 'close'],
  additionalProperties: false,
};

const daySchema = { type: 'array', items: periodSchema, maxItems: SETTINGS_LIMITS.periodsPerDay } as const;
const WEEKDAYS: SettingsWeekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export const saveSettingsInputSchema: Schema<SaveSettingsInput> = {
  type: 'object',
  properties: {
    storeId: { ...documentIdSchema },
    state: { type: 'string', enum: ['open', 'busy', 'closed'], nullable: true, ...NOT_NULL },
    stateMessage: { type: 'string', maxLength: SETTINGS_LIMITS.messageChars, nullable: true, ...NOT_NULL },
    hours: {
      type: 'object',
      properties: {
        mon: daySchema,
        tue: daySchema,
        wed: daySchema,
        thu: daySchema,
        fri: daySchema,
        sat: daySchema,
        sun: daySchema,
      },
      required: WEEKDAYS,
      additionalProperties: false,
      nullable: true,
      ...NOT_NULL,
    },
    holidays: {
      type: 'array',
      items: { type: 'string', pattern: DATE },
      maxItems: SETTINGS_LIMITS.holidays,
      uniqueItems: true,
      nullable: true,
      ...NOT_NULL,
    },
    modes: {
      type: 'object',
      properties: { dineIn: { type: 'boolean' }, pickup: { type: 'boolean' }, delivery: { type: 'boolean' } },
      required: ['dineIn', 'pickup', 'delivery'],
      additionalProperties: false,
      nullable: true,
      ...NOT_NULL,
    },
    delivery: {
      type: 'object',
      properties: {
        radiusMetres: {
          type: 'integer',
          minimum: SETTINGS_LIMITS.radiusMetres.min,
          maximum: SETTINGS_LIMITS.radiusMetres.max,
        },
        feeFen: { type: 'integer', minimum: 0, maximum: SETTINGS_LIMITS.feeFen },
        minimumFen: { type: 'integer', minimum: 0, maximum: SETTINGS_LIMITS.minimumFen },
      },
      required: ['radiusMetres', 'feeFen', 'minimumFen'],
      additionalProperties: false,
      nullable: true,
      ...NOT_NULL,
    },
    unpaidOrderExpiryMinutes: {
      type: 'integer',
      minimum: SETTINGS_LIMITS.expiryMinutes.min,
      maximum: SETTINGS_LIMITS.expiryMinutes.max,
      nullable: true,
      ...NOT_NULL,
    },
    packagingFeeFen: {
      type: 'integer',
      minimum: 0,
      maximum: SETTINGS_LIMITS.packagingFeeFen,
      nullable: true,
      ...NOT_NULL,
    },
  },
  required: ['storeId'],
  additionalProperties: false,
};
