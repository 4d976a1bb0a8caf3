// An order as a card on the board (and the staff order page): texts in the current language, the buttons the
// caller's role has. Pure apart from the language: tested beside the page.
import type { BoardOrder } from '../../../typings/contracts/staff-board';
import type { StaffRoleName } from '../../../typings/contracts/staff-roles';
import { chinaHhmm, getLocale, money, t } from '../../i18n';
import { st } from '../i18n';
import { cardActions, type CardAction } from './card-actions';

/** One button on a card. */
export interface CardButton {
  action: CardAction;
  text: string;
  isMain: boolean;
}

/** What a card draws. */
export interface OrderCard {
  id: string;
  status: string;
  number: string;
  statusText: string;
  modeText: string;
  placeText: string;
  timeText: string;
  lines: Array<{ key: string; name: string; spec: string; quantity: string }>;
  remark: string;
  totalText: string;
  refundedText: string;
  printText: string;
  printFailed: boolean;
  deliveryText: string;
  buttons: CardButton[];
}

/** The text of `action`'s button. */
function actionText(action: CardAction): string {
  return st(`staff.board.action.${action}`);
}

function printText(order: BoardOrder): string {
  if (!order.print) return '';
  if (order.print.status === 'failed')
    return st('staff.board.print.failed', { attempts: order.print.attempts });
  return st(`staff.board.print.${order.print.status}`);
}

/** The card of `order` for a member in `role`. */
export function orderCard(order: BoardOrder, role: StaffRoleName): OrderCard {
  const en = getLocale() === 'en';
  const actions = cardActions(order.status, role, order.print);
  return {
    id: order.id,
    status: order.status,
    number: order.pickupNumber ?? order.id.slice(-6),
    statusText: t(`order.status.${order.status}`),
    modeText: t(`mode.${order.mode}`),
    placeText: order.table
      ? st('staff.board.table', { name: en ? order.table.nameEn : order.table.name })
      : '',
    timeText: order.pickupAt
      ? st('staff.board.pickupAt', { time: chinaHhmm(order.pickupAt) })
      : order.paidAt
        ? st('staff.board.paidAt', { time: chinaHhmm(order.paidAt) })
        : '',
    lines: order.lines.map((line) => ({
      key: line.lineId,
      name: en ? line.nameEn : line.name,
      spec: en ? line.specTextEn : line.specText,
      quantity: `×${line.quantity}`,
    })),
    remark: order.remark ? st('staff.board.remark', { remark: order.remark }) : '',
    totalText: st('staff.board.total', { amount: money(order.totalFen) }),
    refundedText:
      order.refundedFen > 0 ? st('staff.board.refunded', { amount: money(order.refundedFen) }) : '',
    printText: printText(order),
    printFailed: order.print?.status === 'failed',
    deliveryText: order.delivery
      ? st('staff.board.delivery', {
          name: order.delivery.contactName,
          phone: order.delivery.phone,
          address: order.delivery.address,
          metres: order.delivery.distanceMetres,
        })
      : '',
    buttons: actions.map((action, index) => ({ action, text: actionText(action), isMain: index === 0 })),
  };
}
