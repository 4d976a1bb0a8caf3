import { agreePrivacy } from '../wx/privacy-consent';
import { emit } from './events';
import { showStandInSheet } from './stand-in-sheet';

/** An opaque one-time code, as the platform hands a page for the server to exchange. */
function oneTimeCode(): string {
  return crypto.randomUUID().replace(/-/g, '');
}

/** The page on top of the stack, whose onShareAppMessage a share button asks. */
function currentPage(): object | undefined {
  const listPages: unknown = Reflect.get(globalThis, 'getCurrentPages');
  const pages: unknown = typeof listPages === 'function' ? Reflect.apply(listPages, undefined, []) : [];
  const top: unknown = Array.isArray(pages) ? pages[pages.length - 1] : undefined;
  return top instanceof Object ? top : undefined;
}

function share(target: { id: string; dataset: Record<string, unknown> }): void {
  const page = currentPage();
  const hook: unknown = page ? Reflect.get(page, 'onShareAppMessage') : undefined;
  const answer: unknown =
    typeof hook === 'function' ? Reflect.apply(hook, page, [{ from: 'button', target }]) : undefined;
  const title = answer && typeof answer === 'object' ? String(Reflect.get(answer, 'title') ?? '') : '';
  const path = answer && typeof answer === 'object' ? String(Reflect.get(answer, 'path') ?? '') : '';
  showStandInSheet({
    title: '发送给朋友 Share',
    text: `On a phone WeChat opens the chat list to send this card: “${title || document.title}”${path ? ` → ${path}` : ''}`,
    actions: [{ label: '完成 Done', primary: true, run: () => undefined }],
  });
}

function phoneNumber(component: object, event: string, api: string): void {
  showStandInSheet({
    title: '申请获取并验证你的手机号 Phone number',
    text: 'On a phone WeChat asks the user to share the number bound to their account: 138****0000',
    actions: [
      { label: '拒绝 Deny', run: () => emit(component, event, { errMsg: `${api}:fail user deny` }) },
      {
        label: '允许 Allow',
        primary: true,
        run: () => emit(component, event, { errMsg: `${api}:ok`, code: oneTimeCode() }),
      },
    ],
  });
}

/**
 * Does what a button's `open-type` does on a phone, as a visible stand-in (a sheet saying what the platform
 * would show) and the platform's event: bindcontact, bindgetphonenumber `{ code }`, bindgetuserinfo,
 * bindchooseavatar, bindagreeprivacyauthorization (the privacy agreement is recorded), bindopensetting.
 */
export function runOpenType(
  component: object,
  openType: string,
  target: { id: string; dataset: Record<string, unknown> },
): void {
  if (openType === 'contact')
    showStandInSheet({
      title: '客服消息 Customer service',
      text: 'On a phone this opens the customer service chat of the mini program.',
      actions: [
        {
          label: '返回 Back',
          primary: true,
          run: () => emit(component, 'contact', { errMsg: 'enterContact:ok', path: '', query: {} }),
        },
      ],
    });
  else if (openType === 'share') share(target);
  else if (openType === 'getPhoneNumber') phoneNumber(component, 'getphonenumber', 'getPhoneNumber');
  else if (openType === 'getRealtimePhoneNumber')
    phoneNumber(component, 'getrealtimephonenumber', 'getRealtimePhoneNumber');
  else if (openType === 'getUserInfo')
    emit(component, 'getuserinfo', {
      errMsg: 'getUserInfo:ok',
      userInfo: {
        nickName: '微信用户',
        avatarUrl: '',
        gender: 0,
        country: '',
        province: '',
        city: '',
        language: 'zh_CN',
      },
    });
  else if (openType === 'chooseAvatar')
    showStandInSheet({
      title: '选择头像 Avatar',
      text: 'On a phone WeChat offers the user’s own avatar, the album or the camera.',
      actions: [
        {
          label: '用微信头像 Use WeChat avatar',
          primary: true,
          run: () =>
            emit(component, 'chooseavatar', {
              avatarUrl:
                'data:image/svg+xml,%3Csvg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"%3E%3Crect width="1" height="1" fill="%2307c160"/%3E%3C/svg%3E',
            }),
        },
      ],
    });
  else if (openType === 'agreePrivacyAuthorization') {
    agreePrivacy();
    emit(component, 'agreeprivacyauthorization', {});
  } else if (openType === 'openSetting')
    emit(component, 'opensetting', { authSetting: {}, errMsg: 'openSetting:ok' });
  else if (openType === 'feedback')
    showStandInSheet({
      title: '意见反馈 Feedback',
      text: 'On a phone this opens WeChat’s feedback page for the mini program.',
      actions: [{ label: '返回 Back', primary: true, run: () => undefined }],
    });
  else if (openType === 'launchApp')
    emit(component, 'error', { errMsg: 'launchApp:fail not supported in the preview' });
}
