import { withCallbacks } from '../../utils/wx-callback';

// The privacy gate: the customer agrees to the privacy guide before any privacy API (location, address) runs.

/** A page's privacy guide (components/privacy-guide): shows the guide and answers whether the customer agreed. */
export interface PrivacyGuideHost {
  /** The page the guide is drawn in (its owner), to find the current page's guide. */
  readonly owner: unknown;
  ask(contractName: string): Promise<boolean>;
}

const hosts: PrivacyGuideHost[] = [];

/** A guide drawn in a page offers itself to the gate; answers the function that withdraws it. */
export function offerPrivacyGuide(host: PrivacyGuideHost): () => void {
  hosts.push(host);
  return () => {
    const at = hosts.indexOf(host);
    if (at >= 0) hosts.splice(at, 1);
  };
}

/** The guide of the page on top, else the one offered last (a page whose owner is not known to the engine). */
function currentGuide(): PrivacyGuideHost | undefined {
  const pages = typeof getCurrentPages === 'function' ? getCurrentPages() : [];
  const top: unknown = pages[pages.length - 1];
  return hosts.find((host) => host.owner === top) ?? hosts[hosts.length - 1];
}

function readSetting(): Promise<{ needAuthorization: boolean; privacyContractName: string }> {
  return withCallbacks<{ needAuthorization: boolean; privacyContractName: string }>((callbacks) =>
    wx.getPrivacySetting(callbacks),
  ).then(
    (setting) => setting,
    // A base library without the privacy APIs asks nothing: the platform did not require it then.
    () => ({ needAuthorization: false, privacyContractName: '' }),
  );
}

function askPlatform(): Promise<boolean> {
  return withCallbacks((callbacks) => wx.requirePrivacyAuthorize(callbacks)).then(
    () => true,
    () => false,
  );
}

/**
 * Resolves true when the customer has agreed to the privacy guide (at once when they already have); otherwise
 * the page's guide asks (or, on a page without one, the platform's own sheet) and resolves with the answer.
 * Call it before `wx.getLocation`, `wx.chooseAddress` and `wx.chooseLocation`; false means do not call them.
 */
export async function ensurePrivacy(): Promise<boolean> {
  const setting = await readSetting();
  if (!setting.needAuthorization) return true;
  const guide = currentGuide();
  return guide ? guide.ask(setting.privacyContractName) : askPlatform();
}
