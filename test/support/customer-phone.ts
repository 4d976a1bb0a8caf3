import { createWxCloud } from '../../emulator/src/client/wx-cloud';
import { postJson } from '../../emulator/src/client/wx-cloud-transport';
import { SUBSCRIBE_ROUTE } from '../../emulator/src/openapi';
import { PAYMENT_CONFIRM_ROUTE, type SheetAction } from '../../emulator/src/pay';

// The customer's phone for page tests in miniprogram-simulate: `wx.cloud` reaches the local cloud as the
// customer; the payment and consent sheets go through the local cloud's customer doors (as the preview's
// sheets do); storage keeps what pages save; the platform's dialogs and pickers answer as the test says the
// customer does, and every navigation, toast and modal is recorded for the test to read.

type Callbacks = {
  success?: (answer: unknown) => void;
  fail?: (answer: unknown) => void;
  complete?: () => void;
};
type Options = Callbacks & Record<string, unknown>;

/** A place the customer picks on the map (`wx.chooseLocation`'s answer). */
export interface PickedPlace {
  name: string;
  address: string;
  latitude: number;
  longitude: number;
}

/** What the customer does when the platform asks; change fields before the step that asks. */
export interface CustomerChoices {
  /** On the payment sheet. */
  payment: SheetAction;
  /** On a subscribe prompt: template id → answer; a template not named is rejected. */
  consent: Record<string, 'accept' | 'reject'>;
  /** On `wx.showModal`: true taps confirm. */
  confirmModal: boolean;
  /** On `wx.showActionSheet`: the index tapped, or null to cancel. */
  actionSheetIndex: number | null;
  /** `wx.getLocation`: where the phone is, or null when the customer denies location. */
  location: { latitude: number; longitude: number } | null;
  /** `wx.chooseLocation`: the place picked, or null to cancel. */
  place: PickedPlace | null;
  /** `wx.chooseAddress`: the address picked (the platform's field names), or null to cancel. */
  address: Record<string, string> | null;
  /** The privacy guide: whether the customer has agreed (`getPrivacySetting` answers `needAuthorization`). */
  privacyAgreed: boolean;
}

export interface Navigation {
  kind: 'navigateTo' | 'redirectTo' | 'switchTab' | 'reLaunch' | 'navigateBack';
  url?: string;
  delta?: number;
  /** navigateTo: the opener's listeners (`events`), which the opened page reaches through its event channel. */
  events?: Record<string, (data: unknown) => void>;
}

export interface CustomerPhone {
  choices: CustomerChoices;
  readonly navigations: Navigation[];
  readonly toasts: string[];
  readonly modals: Array<{ title: string; content: string }>;
  /** What pages saved with the storage APIs. */
  readonly storage: Map<string, unknown>;
  /** Template ids of every subscribe prompt shown, in order. */
  readonly subscribePrompts: string[][];
  readonly openid: string;
  /** Switches the signed-in customer (the cloud answers as `openid` from now on). */
  signInAs(openid: string): void;
}

const DEFAULT_CHOICES: CustomerChoices = {
  payment: 'success',
  consent: {},
  confirmModal: true,
  actionSheetIndex: 0,
  location: null,
  place: null,
  address: null,
  privacyAgreed: true,
};

/** Answers a callback-style call and its promise: `errMsg` ending `:ok` succeeds, anything else fails. */
function settle(options: Options, answer: Record<string, unknown> & { errMsg: string }): Promise<unknown> {
  const ok = answer.errMsg.endsWith(':ok');
  if (ok) options.success?.(answer);
  else options.fail?.(answer);
  options.complete?.();
  return ok ? Promise.resolve(answer) : Promise.reject(answer);
}

/**
 * Installs the customer's phone as the global `wx` (keeping miniprogram-simulate's other no-op APIs) and
 * answers the phone to read what happened and to say what the customer does next.
 */
export function installCustomerPhone(baseUrl: string, openid: string): CustomerPhone {
  const storage = new Map<string, unknown>();
  const phone = {
    choices: { ...DEFAULT_CHOICES },
    navigations: [] as Navigation[],
    toasts: [] as string[],
    modals: [] as Array<{ title: string; content: string }>,
    storage,
    subscribePrompts: [] as string[][],
    openid,
    signInAs(next: string) {
      phone.openid = next;
      const cloud = createWxCloud({ baseUrl, openid: next });
      cloud.init();
      (globalThis as unknown as { wx: { cloud: unknown } }).wx.cloud = cloud;
    },
  };
  const door = async (route: string, body: unknown, options: Options) => {
    const reply = await postJson(`${baseUrl}${route}`, { 'X-WX-OPENID': phone.openid }, body);
    return settle(options, reply.body as { errMsg: string });
  };
  const navigate = (kind: Navigation['kind']) => (options: Options) => {
    const events = options.events as Navigation['events'];
    phone.navigations.push({
      kind,
      url: options.url as string | undefined,
      delta: options.delta as number,
      ...(events && { events }),
    });
    return settle(options, { errMsg: `${kind}:ok` });
  };
  const previous = (globalThis as unknown as { wx?: object }).wx ?? {};
  Object.assign(globalThis, {
    wx: {
      ...previous,
      getStorageSync: (key: string) => (storage.has(key) ? storage.get(key) : ''),
      setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
      removeStorageSync: (key: string) => void storage.delete(key),
      navigateTo: navigate('navigateTo'),
      redirectTo: navigate('redirectTo'),
      switchTab: navigate('switchTab'),
      reLaunch: navigate('reLaunch'),
      navigateBack: navigate('navigateBack'),
      showToast: (options: Options) => {
        phone.toasts.push(String(options.title ?? ''));
        return settle(options, { errMsg: 'showToast:ok' });
      },
      showModal: (options: Options) => {
        phone.modals.push({ title: String(options.title ?? ''), content: String(options.content ?? '') });
        const confirm = phone.choices.confirmModal;
        return settle(options, { errMsg: 'showModal:ok', confirm, cancel: !confirm });
      },
      showActionSheet: (options: Options) => {
        const index = phone.choices.actionSheetIndex;
        if (index === null) return settle(options, { errMsg: 'showActionSheet:fail cancel' });
        return settle(options, { errMsg: 'showActionSheet:ok', tapIndex: index });
      },
      requestPayment: (options: Options) => {
        const { success: _s, fail: _f, complete: _c, ...params } = options;
        return door(PAYMENT_CONFIRM_ROUTE, { ...params, action: phone.choices.payment }, options);
      },
      requestSubscribeMessage: (options: Options & { tmplIds: string[] }) => {
        phone.subscribePrompts.push([...options.tmplIds]);
        return door(SUBSCRIBE_ROUTE, { tmplIds: options.tmplIds, decisions: phone.choices.consent }, options);
      },
      getLocation: (options: Options) => {
        const where = phone.choices.location;
        if (!where) return settle(options, { errMsg: 'getLocation:fail auth deny' });
        return settle(options, { errMsg: 'getLocation:ok', ...where });
      },
      chooseLocation: (options: Options) => {
        const place = phone.choices.place;
        if (!place) return settle(options, { errMsg: 'chooseLocation:fail cancel' });
        return settle(options, { errMsg: 'chooseLocation:ok', ...place });
      },
      chooseAddress: (options: Options) => {
        const address = phone.choices.address;
        if (!address) return settle(options, { errMsg: 'chooseAddress:fail cancel' });
        return settle(options, { errMsg: 'chooseAddress:ok', ...address });
      },
      getPrivacySetting: (options: Options) =>
        settle(options, {
          errMsg: 'getPrivacySetting:ok',
          needAuthorization: !phone.choices.privacyAgreed,
          privacyContractName: '《点单隐私保护指引》',
        }),
      requirePrivacyAuthorize: (options: Options) =>
        settle(options, {
          errMsg: phone.choices.privacyAgreed ? 'requirePrivacyAuthorize:ok' : 'requirePrivacyAuthorize:fail',
        }),
      openPrivacyContract: (options: Options) => settle(options, { errMsg: 'openPrivacyContract:ok' }),
      onNeedPrivacyAuthorization: () => undefined,
    },
  });
  phone.signInAs(openid);
  return phone;
}

/** Waits, yielding to the event loop, until `condition` holds (jsdom has no setImmediate). */
export async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 0));
}
