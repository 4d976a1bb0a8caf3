import type { TableOf } from '../../../i18n';
import type { addressEditZh } from './address-edit.zh-cn';

/** English texts of the address form: exactly the keys of the zh-CN section. */
export const addressEditEn: TableOf<typeof addressEditZh> = {
  'me.address.addTitle': 'New address',
  'me.address.editTitle': 'Edit address',
  'me.address.userName': 'Name',
  'me.address.telNumber': 'Phone',
  'me.address.province': 'Province',
  'me.address.city': 'City',
  'me.address.county': 'District',
  'me.address.detail': 'Street',
  'me.address.location': 'Location',
  'me.address.userNamePlaceholder': 'Who receives the order',
  'me.address.telPlaceholder': 'Their mobile number',
  'me.address.detailPlaceholder': 'Street, building, room',
  'me.address.useWechat': 'Use a WeChat address',
  'me.address.pickOnMap': 'Pick on the map',
  'me.address.noLocation': 'Not set; used for the delivery distance',
  'me.address.locationSet': 'Set: {place}',
  'me.address.makeDefault': 'Make it my default',
  'me.address.save': 'Save',
  'me.address.saved': 'Saved',
  'me.address.editNote':
    'To protect you, the saved name, phone and street are no longer shown in full. The region is kept; please enter the rest again and confirm the location on the map.',
  'me.address.was': 'Was {value}',
  'me.address.required.userName': 'Enter a name',
  'me.address.required.telNumber': 'Enter a phone number',
  'me.address.invalid.telNumber': 'That phone number does not look right',
  'me.address.required.region': 'Enter the province and city',
  'me.address.required.detail': 'Enter the street address',
  'me.address.required.location': 'Pick the location on the map',
  'me.address.serverRejected': 'This was not accepted; please change it',
};
