/** Whether the previewed user has agreed to the mini program's privacy guide, and who waits for it. */
const listeners = new Set<() => void>();

/** Where the agreement is kept: this tab's session, per previewed user (`?as=`), so a reload does not ask again. */
function agreementKey(): string {
  return `diandan-preview:${new URLSearchParams(location.search).get('as') ?? ''}:privacy-agreed`;
}

/** This tab's session storage, or undefined where the browser denies it (e.g. a preview framed by another site). */
function tabSession(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

let agreed = tabSession()?.getItem(agreementKey()) === 'yes';

/** True once the user agreed (a tap on `<button open-type="agreePrivacyAuthorization">` or the sheet). */
export function isPrivacyAgreed(): boolean {
  return agreed;
}

/** Records the user's agreement and tells whoever waits for it. */
export function agreePrivacy(): void {
  agreed = true;
  tabSession()?.setItem(agreementKey(), 'yes');
  for (const listener of [...listeners]) listener();
}

/** Calls `listener` on the next agreement; answers a function that stops listening. */
export function onPrivacyAgreed(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The name of the mini program's privacy guide, as `getPrivacySetting` answers it and the sheets show it. */
export const PRIVACY_CONTRACT_NAME = '《点单隐私保护指引》';
