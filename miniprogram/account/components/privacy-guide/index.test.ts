/** @jest-environment jsdom */
import path from 'node:path';
import simulate from 'miniprogram-simulate';
import type * as PrivacyGate from '../../utils/privacy-gate';
import { installCustomerPhone, until, type CustomerPhone } from '../../../../test/support/customer-phone';

// The privacy guide with the gate: asked only when agreement is needed, answering with the customer's choice.
const miniprogramRoot = path.join(__dirname, '../../..');
let phone: CustomerPhone;
let contractsOpened: number;
let platformAsked: number;
type Gate = typeof PrivacyGate;

beforeEach(() => {
  jest.resetModules(); // a fresh gate (and component registry) each test
  phone = installCustomerPhone('http://127.0.0.1:1', 'o-guide-customer');
  contractsOpened = 0;
  platformAsked = 0;
  const wxApi = (globalThis as unknown as { wx: Record<string, (options: object) => unknown> }).wx;
  const { openPrivacyContract, requirePrivacyAuthorize } = wxApi;
  wxApi.openPrivacyContract = (options) => ((contractsOpened += 1), openPrivacyContract(options));
  wxApi.requirePrivacyAuthorize = (options) => ((platformAsked += 1), requirePrivacyAuthorize(options));
  Object.assign(globalThis, { getCurrentPages: () => [] });
});

/** The gate and a guide drawn on the page (as every page with a privacy API draws one). */
function drawGuide() {
  const gate = jest.requireActual<Gate>('../../utils/privacy-gate');
  const guide = simulate.render(
    simulate.load(path.join(__dirname, 'index'), { compiler: 'simulate', rootPath: miniprogramRoot }),
  );
  guide.attach(document.createElement('parent-wrapper'));
  const shown = () => guide.querySelector('.sheet') !== undefined;
  return { gate, guide, shown };
}

test('already agreed: the gate answers yes and shows nothing', async () => {
  const { gate, shown } = drawGuide();
  await expect(gate.ensurePrivacy()).resolves.toBe(true);
  expect(shown()).toBe(false);
});

test('the guide names the contract, opens it, and an agreement answers yes', async () => {
  phone.choices.privacyAgreed = false;
  const { gate, guide, shown } = drawGuide();
  const answer = gate.ensurePrivacy();
  await until(shown);
  expect(guide.querySelector('.contract')?.dom?.textContent).toBe('《点单隐私保护指引》');
  guide.querySelector('.view-guide')?.dispatchEvent('tap');
  await until(() => contractsOpened === 1);
  guide.querySelector('.agree')?.dispatchEvent('agreeprivacyauthorization');
  await expect(answer).resolves.toBe(true);
  expect(shown()).toBe(false);
});

test('a decline, or a tap beside the popup, answers no', async () => {
  phone.choices.privacyAgreed = false;
  const { gate, guide, shown } = drawGuide();
  const declined = gate.ensurePrivacy();
  await until(shown);
  guide.querySelector('.decline')?.dispatchEvent('tap');
  await expect(declined).resolves.toBe(false);
  const dismissed = gate.ensurePrivacy();
  await until(shown);
  guide.querySelector('.mask')?.dispatchEvent('tap');
  await expect(dismissed).resolves.toBe(false);
});

test('a page without the guide leaves the question to the platform', async () => {
  phone.choices.privacyAgreed = false;
  const gate = jest.requireActual<Gate>('../../utils/privacy-gate');
  await expect(gate.ensurePrivacy()).resolves.toBe(false);
  phone.choices.privacyAgreed = true;
  await expect(gate.ensurePrivacy()).resolves.toBe(true);
  expect(platformAsked).toBe(1); // the second time nothing needed asking
});
