import type { TableOf } from '../../../i18n';
import type { privacyPageZh } from './privacy.zh-cn';

/** English texts of the privacy and data page: exactly the keys of the zh-CN section. */
export const privacyPageEn: TableOf<typeof privacyPageZh> = {
  'me.privacyPage.title': 'Privacy and data',
  'me.privacyPage.intro':
    'Diandan keeps only what it needs to take your order. Dine-in and pickup need no phone number and no address.',
  'me.privacyPage.keepTitle': 'What we keep and for how long',
  'me.privacyPage.keep.orders':
    'Orders: paid orders are kept for 3 years from payment as the shop’s accounts; unpaid orders go when you delete your data.',
  'me.privacyPage.keep.delivery':
    'Delivery address: kept with its order; removed at once when you delete your data.',
  'me.privacyPage.keep.cart': 'Cart: emptied when you order or clear it; removed when you delete your data.',
  'me.privacyPage.keep.addresses': 'Saved addresses: until you remove the address or delete your data.',
  'me.privacyPage.keep.consents':
    'Notifications: one agreement, one notice; kept until used up or you delete your data.',
  'me.privacyPage.keep.members': 'Membership and coupons: until you delete your data.',
  'me.privacyPage.keep.invoices':
    'Invoices: requests not yet issued go when you delete your data; issued invoices stay with their order as the shop’s accounts, without your email.',
  'me.privacyPage.keep.encrypted':
    'Names, phone numbers and addresses are stored encrypted and shown masked; payment is made through WeChat Pay and we keep no card details.',
  'me.privacyPage.export': 'Export my data',
  'me.privacyPage.exporting': 'Exporting…',
  'me.privacyPage.exportSummary':
    'Orders {orders} · carts {carts} · addresses {addresses} · consents {consents} · memberships {members} · coupons {coupons} · invoices {invoices}',
  'me.privacyPage.exportedAt': 'Exported {time}',
  'me.privacyPage.copy': 'Copy all data (JSON)',
  'me.privacyPage.copied': 'Copied',
  'me.privacyPage.erase': 'Delete my data',
  'me.privacyPage.eraseTitle': 'Delete my data',
  'me.privacyPage.eraseConfirm1':
    'Your carts, saved addresses, notification consents, memberships, coupons and invoice requests not yet issued will be deleted; paid orders and issued invoices stay, anonymised, as the shop’s accounts.',
  'me.privacyPage.eraseConfirm2': 'This cannot be undone and your points and coupons go with it. Delete now?',
  'me.privacyPage.eraseDone': 'Deleted',
  'me.privacyPage.eraseSummary':
    '{removed} items deleted · {anonymised} orders kept anonymised · {cancelled} unpaid orders cancelled',
  'me.privacyPage.keptUntil': 'Anonymised orders kept until {time} at the latest',
  'me.privacyPage.eraseInProgress':
    'An order of yours is being made or waiting to be collected; delete your data once it is finished. Nothing was deleted.',
  'me.privacyPage.nothingLeft': 'Nothing linked to you is left',
};
