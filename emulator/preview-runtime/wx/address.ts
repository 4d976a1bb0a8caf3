import { answer, type Callbacks } from './callbacks';
import { element, openBottomSheet, styleOnce, wxFailure } from './sheet-layer';

/** What `wx.chooseAddress` answers. */
export interface ChosenAddress {
  userName: string;
  postalCode: string;
  provinceName: string;
  cityName: string;
  countyName: string;
  streetName: string;
  detailInfo: string;
  detailInfoNew: string;
  nationalCode: string;
  telNumber: string;
  errMsg: 'chooseAddress:ok';
}

type AddressField =
  'userName' | 'telNumber' | 'provinceName' | 'cityName' | 'countyName' | 'detailInfo' | 'postalCode';

/** The form's fields in order, their labels, and a demo address near the café to start from. */
const FIELDS: ReadonlyArray<{ name: AddressField; label: string; start: string; required: boolean }> = [
  { name: 'userName', label: '收货人', start: '张小点', required: true },
  { name: 'telNumber', label: '手机号码', start: '13800138000', required: true },
  { name: 'provinceName', label: '省份', start: '上海市', required: true },
  { name: 'cityName', label: '城市', start: '上海市', required: true },
  { name: 'countyName', label: '区县', start: '徐汇区', required: true },
  { name: 'detailInfo', label: '详细地址', start: '示范路 2 号 3 楼 301 室', required: true },
  { name: 'postalCode', label: '邮政编码', start: '200030', required: false },
];

/** A mainland mobile number, as the address form accepts it. */
const MOBILE_NUMBER = /^1\d{10}$/;

styleOnce(
  'address',
  `.wx-address-field { display: flex; align-items: center; padding: 0 16px; min-height: 56px;
    border-bottom: 0.5px solid rgba(0, 0, 0, .08); font-size: 16px; }
  .wx-address-field span { width: 96px; flex: none; color: rgba(0, 0, 0, .9); }
  .wx-address-field input { flex: 1; border: 0; outline: none; font-size: 16px; font-family: inherit;
    padding: 16px 0; background: none; }
  .wx-address-field[data-invalid] span { color: #fa5151; }
  .wx-address-error { color: #fa5151; font-size: 14px; padding: 12px 16px 0; min-height: 20px; }`,
);

/** Draws the address form; resolves with the saved address, rejects `chooseAddress:fail cancel`. */
function drawAddressForm(frame: HTMLElement): Promise<ChosenAddress> {
  const sheet = openBottomSheet(frame, 'address', '收货地址');
  const inputs = new Map<AddressField, HTMLInputElement>();
  for (const field of FIELDS) {
    const row = element('label', 'wx-address-field');
    row.dataset.field = field.name;
    const input = element('input', '');
    input.name = field.name;
    input.value = field.start;
    input.placeholder = field.label;
    if (field.name === 'telNumber' || field.name === 'postalCode') input.inputMode = 'numeric';
    row.append(element('span', '', field.label), input);
    sheet.body.append(row);
    inputs.set(field.name, input);
  }
  const error = element('div', 'wx-address-error');
  const save = element('button', 'wx-primary-button wx-address-save', '保存');
  save.type = 'button';
  sheet.body.append(error, save);
  const value = (name: AddressField) => inputs.get(name)?.value.trim() ?? '';
  return new Promise((resolve, reject) => {
    sheet.cancel.addEventListener('click', () => {
      sheet.layer.close();
      reject(wxFailure('chooseAddress', 'cancel'));
    });
    save.addEventListener('click', () => {
      const missing = FIELDS.find((field) => field.required && value(field.name) === '');
      const badPhone = !MOBILE_NUMBER.test(value('telNumber'));
      for (const field of FIELDS) {
        const invalid = field === missing || (field.name === 'telNumber' && badPhone);
        inputs.get(field.name)?.parentElement?.toggleAttribute('data-invalid', invalid);
      }
      if (missing) return void (error.textContent = `请填写${missing.label}`);
      if (badPhone) return void (error.textContent = '请填写正确的手机号码');
      sheet.layer.close();
      resolve({
        userName: value('userName'),
        postalCode: value('postalCode'),
        provinceName: value('provinceName'),
        cityName: value('cityName'),
        countyName: value('countyName'),
        streetName: '',
        detailInfo: value('detailInfo'),
        detailInfoNew: value('detailInfo'),
        nationalCode: '',
        telNumber: value('telNumber'),
        errMsg: 'chooseAddress:ok',
      });
    });
  });
}

/** `wx.chooseAddress`: after the privacy agreement, a form sheet whose saved fields are the answer. */
export function addressApis(frame: HTMLElement, privacy: (api: string) => Promise<void>) {
  return {
    chooseAddress: (options: Callbacks = {}) =>
      answer(
        options,
        privacy('chooseAddress').then(() => drawAddressForm(frame)),
      ),
  };
}
