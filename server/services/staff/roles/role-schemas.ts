// Input schemas of the role actions.
import type {
  StaffClaimOwnerInput,
  StaffInviteInput,
  StaffJoinInput,
  StaffListInput,
  StaffRemoveInput,
  StaffSetRoleInput,
} from '../../../../typings/contracts/staff-roles';
import type { Schema } from '../../../runtime/validation';

const storeId = { type: 'string', minLength: 1, maxLength: 64 } as const;
const staffId = { type: 'string', minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' } as const;
const role = { type: 'string', enum: ['owner', 'manager', 'clerk', 'kitchen'] } as const;
/** 12 code characters, perhaps with dashes or spaces between groups. */
const code = { type: 'string', minLength: 12, maxLength: 20, pattern: '^[A-Za-z0-9 -]+$' } as const;

export const inviteInputSchema: Schema<StaffInviteInput> = {
  type: 'object',
  properties: { storeId, role },
  required: ['storeId', 'role'],
  additionalProperties: false,
};

export const joinInputSchema: Schema<StaffJoinInput> = {
  type: 'object',
  properties: { code },
  required: ['code'],
  additionalProperties: false,
};

export const claimOwnerInputSchema: Schema<StaffClaimOwnerInput> = {
  type: 'object',
  properties: { storeId, code },
  required: ['storeId', 'code'],
  additionalProperties: false,
};

export const setRoleInputSchema: Schema<StaffSetRoleInput> = {
  type: 'object',
  properties: { staffId, role },
  required: ['staffId', 'role'],
  additionalProperties: false,
};

export const removeInputSchema: Schema<StaffRemoveInput> = {
  type: 'object',
  properties: { staffId },
  required: ['staffId'],
  additionalProperties: false,
};

export const listInputSchema: Schema<StaffListInput> = {
  type: 'object',
  properties: { storeId },
  required: ['storeId'],
  additionalProperties: false,
};
