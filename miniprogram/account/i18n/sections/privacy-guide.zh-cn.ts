/** zh-CN texts of the privacy guide popup and its refusal; keys start with `me.privacyGuide.`. */
export const privacyGuideZh = {
  'me.privacyGuide.title': '用户隐私保护提示',
  'me.privacyGuide.intro': '为了按距离为你排列门店、填写收货地址，我们需要使用你的位置和地址。使用前请阅读',
  'me.privacyGuide.view': '查看隐私指引',
  'me.privacyGuide.agree': '同意',
  'me.privacyGuide.decline': '拒绝',
  'me.privacyGuide.declined': '你未同意隐私指引，此功能暂不可用',
} as const;
