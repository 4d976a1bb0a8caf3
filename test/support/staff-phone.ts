// A staff member's phone for page tests: the customer's phone (the same local cloud doors and recorded
// dialogs) signed in as a staff openid, plus the platform's audio and vibration, recorded for the test to read.
import { installCustomerPhone, type CustomerPhone } from './customer-phone';

/** What the phone played and how often it vibrated. */
export interface StaffPhone extends CustomerPhone {
  /** The src of every play() request, in order. */
  readonly audioPlays: string[];
  readonly vibrations: number;
}

/** Installs the phone as the global `wx`, signed in as `openid`. */
export function installStaffPhone(baseUrl: string, openid: string): StaffPhone {
  const phone = installCustomerPhone(baseUrl, openid) as StaffPhone & { vibrations: number };
  const audioPlays: string[] = [];
  Object.assign(phone, { audioPlays, vibrations: 0 });
  const wx = (globalThis as unknown as { wx: Record<string, unknown> }).wx;
  wx.createInnerAudioContext = () => {
    const context = {
      src: '',
      play: () => void audioPlays.push(context.src),
      stop: () => undefined,
      destroy: () => undefined,
    };
    return context;
  };
  wx.vibrateShort = () => {
    phone.vibrations += 1;
    return Promise.resolve({ errMsg: 'vibrateShort:ok' });
  };
  return phone;
}
