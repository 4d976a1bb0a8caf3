// One customer's address book calls, and the addresses the tests save.
import type { AddressFields, SaveAddressInput } from '../../typings/contracts/account';
import type { TestCloud } from '../support/test-cloud';

/** An address as `wx.chooseAddress` fills it, with the spot the customer pinned. */
export const LI_HOME: AddressFields = {
  userName: '李雷',
  telNumber: '13812345678',
  provinceName: '广东省',
  cityName: '深圳市',
  countyName: '南山区',
  detailInfo: '科技园南路 18 号 5 栋 1203',
  postalCode: '518057',
  latitude: 22.5405,
  longitude: 113.9525,
};

/** A second address of the same customer. */
export const LI_OFFICE: AddressFields = {
  userName: 'Li Lei',
  telNumber: '+86 139-8765-4321',
  provinceName: '广东省',
  cityName: '深圳市',
  countyName: '',
  detailInfo: '深南大道 9988 号 A 座',
  latitude: 22.5431,
  longitude: 113.9412,
};

/** The address book of customer `openid`. */
export function addressBook(shop: TestCloud, openid: string) {
  return {
    list: () => shop.call('account', 'listAddresses', {}, openid),
    save: (input: SaveAddressInput) => shop.call('account', 'saveAddress', input, openid),
    remove: (id: string) => shop.call('account', 'removeAddress', { id }, openid),
    setDefault: (id: string) => shop.call('account', 'setDefaultAddress', { id }, openid),
  };
}

/** Every address document stored for `openid`, as the database holds it. */
export function storedAddresses(shop: TestCloud, openid: string): Array<Record<string, unknown>> {
  return shop.cloud.database.find('addresses', { _openid: openid });
}
