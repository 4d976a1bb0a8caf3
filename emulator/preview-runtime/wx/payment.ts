// `wx.requestPayment`: the payment sheet drawn in the phone. What it shows and what paying does come from the
// local cloud's payment door, which checks the signed sheet and pays as the previewed user.
import {
  PAYMENT_CONFIRM_ROUTE,
  PAYMENT_SHEET_ROUTE,
  type PaymentSheetView,
  type RequestPaymentParams,
  type SheetAction,
} from '../../src/pay/payment-door-wire';
import type { Callbacks } from './callbacks';
import { askDoor, deliverAnswer, type PlatformAnswer } from './cloud-answer';
import { openCloudSheet } from './cloud-sheet';

const API = 'requestPayment';

/** Where the door is and who pays. */
export interface PaymentApiOptions {
  baseUrl: string;
  openid: string;
  /** The phone frame the sheet is drawn in. */
  frame: HTMLElement;
}

type RequestPaymentOptions = Callbacks & Partial<RequestPaymentParams>;

let answeringPayment = false;

/**
 * True while a successful payment's answer is being handled (its callbacks, or the promise's continuations,
 * until the next task): the platform lets a page ask for subscribe consent then, as after a tap.
 */
export function isAnsweringPayment(): boolean {
  return answeringPayment;
}

/** Delivers a payment's answer; a success opens the window in which subscribe consent may be asked. */
function deliverPaymentAnswer(call: RequestPaymentOptions, answer: PlatformAnswer) {
  if (!answer.errMsg.endsWith(':ok')) return deliverAnswer(call, answer);
  answeringPayment = true;
  setTimeout(() => (answeringPayment = false), 0);
  return deliverAnswer(call, answer);
}

/** Yuan with two decimals, from integer fen: 1800 → `¥18.00`. */
function yuan(fen: number): string {
  return `¥${(fen / 100).toFixed(2)}`;
}

/** `requestPayment` (callbacks and promise): `:ok` once paid, `:fail cancel` on cancel, `:fail …` otherwise. */
export function paymentApis(options: PaymentApiOptions) {
  const door = (route: string) => `${options.baseUrl}${route}`;
  const params = (call: RequestPaymentOptions) => ({
    timeStamp: call.timeStamp,
    nonceStr: call.nonceStr,
    package: call.package,
    signType: call.signType,
    paySign: call.paySign,
  });
  return {
    requestPayment: async (call: RequestPaymentOptions = {}) => {
      const opened = await askDoor(door(PAYMENT_SHEET_ROUTE), options.openid, params(call), API);
      const sheet = opened.sheet as PaymentSheetView | undefined;
      if (!opened.errMsg.endsWith(':ok') || !sheet)
        return deliverPaymentAnswer(call, { errMsg: opened.errMsg });
      const action = await chooseOnSheet(options.frame, sheet, (chosen) =>
        askDoor(door(PAYMENT_CONFIRM_ROUTE), options.openid, { ...params(call), action: chosen }, API),
      );
      return deliverPaymentAnswer(call, { errMsg: action.errMsg });
    },
  };
}

/** Draws the sheet and resolves with the door's answer to what the user tapped (× is cancel). */
function chooseOnSheet(
  frame: HTMLElement,
  view: PaymentSheetView,
  confirm: (action: SheetAction) => Promise<PlatformAnswer>,
): Promise<PlatformAnswer> {
  return new Promise((resolve) => {
    const choose = (action: SheetAction) => {
      sheet.busy();
      void confirm(action).then((answer) => {
        sheet.close();
        resolve(answer);
      });
    };
    const sheet = openCloudSheet(frame, 'wx-pay-sheet', '微信支付 WeChat Pay', () => choose('cancel'));
    const amount = document.createElement('div');
    amount.className = 'wx-pay-amount';
    amount.textContent = yuan(view.totalFee);
    amount.style.cssText = 'text-align:center;font-size:34px;font-weight:600;margin:4px 0 4px';
    const goods = document.createElement('div');
    goods.className = 'wx-pay-body';
    goods.textContent = view.body;
    goods.style.cssText = 'text-align:center;font-size:14px;color:rgba(0,0,0,.55);margin-bottom:16px';
    sheet.panel.append(
      amount,
      goods,
      row('收款方 Payee', `商户号 ${view.subMchId}`, 'wx-pay-merchant'),
      row('付款方式 Pay with', '零钱 Balance (sandbox)', 'wx-pay-method'),
    );
    const pay = sheet.button('确认支付 Pay', 'wx-pay-confirm', 'primary');
    pay.addEventListener('click', () => choose('success'));
    const failing = sheet.button('模拟支付失败 Simulate failure', 'wx-pay-fail', 'link');
    failing.addEventListener('click', () => choose('fail'));
    sheet.panel.append(pay, failing);
    sheet.panel.querySelector('.wx-cloud-sheet-close')?.classList.add('wx-pay-cancel');
  });
}

function row(label: string, value: string, className: string): HTMLElement {
  const line = document.createElement('div');
  line.className = `wx-cloud-sheet-row ${className}`;
  const name = document.createElement('span');
  name.textContent = label;
  const text = document.createElement('span');
  text.textContent = value;
  line.append(name, text);
  return line;
}
