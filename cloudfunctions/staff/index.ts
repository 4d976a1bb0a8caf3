import { createRouter } from '../../server/runtime/router';
import * as validators from '../../server/runtime/validation-compiled/staff';
import { staffInvoiceActions } from '../../server/services/invoices/invoice-actions';
import { staffFigureActions } from '../../server/services/staff/figures-actions';
import { staffMenuActions } from '../../server/services/staff/menu/menu-actions';
import { staffRoleActions } from '../../server/services/staff/roles/role-actions';
import { staffOrderActions } from '../../server/services/staff/staff-actions';
import { staffPrintActions } from '../../server/services/staff/print-actions';
import { staffRefundActions } from '../../server/services/staff/staff-refund-actions';
import { staffBoardActions } from '../../server/services/staff/board/board-actions';
import { staffSettingsActions } from '../../server/services/staff/settings/settings-actions';

// staff: what the shop's staff do to the orders of their store, each action checked against the caller's role.
export const main = createRouter('staff', validators, {
  ...staffOrderActions,
  ...staffPrintActions,
  ...staffFigureActions,
  ...staffRoleActions,
  ...staffRefundActions,
  ...staffBoardActions,
  ...staffMenuActions,
  ...staffSettingsActions,
  ...staffInvoiceActions,
});
