import type { TableOf } from '../../../i18n';
import type { privacyGuideZh } from './privacy-guide.zh-cn';

/** English texts of the privacy guide popup and its refusal: exactly the keys of the zh-CN section. */
export const privacyGuideEn: TableOf<typeof privacyGuideZh> = {
  'me.privacyGuide.title': 'Privacy notice',
  'me.privacyGuide.intro':
    'To list stores by distance and fill in delivery addresses we need your location and address. Before that, please read',
  'me.privacyGuide.view': 'View the privacy guide',
  'me.privacyGuide.agree': 'Agree',
  'me.privacyGuide.decline': 'Decline',
  'me.privacyGuide.declined': 'Without agreeing to the privacy guide this is not available',
};
