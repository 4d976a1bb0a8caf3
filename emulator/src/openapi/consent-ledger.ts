/**
 * One-time subscribe-message consent: each accepted prompt for a template gives the user's openid one
 * credit, each send spends one. The platform offers no API to read what is left, so products track it.
 */
export class ConsentLedger {
  private readonly creditsByKey = new Map<string, number>();

  /** Adds one credit per template id for `openid` (a template listed twice counts once). */
  grant(openid: string, templateIds: readonly string[]): void {
    for (const templateId of new Set(templateIds)) {
      const key = ledgerKey(openid, templateId);
      this.creditsByKey.set(key, (this.creditsByKey.get(key) ?? 0) + 1);
    }
  }

  /** Spends one credit; false when there is none (the platform then answers 43101). */
  consume(openid: string, templateId: string): boolean {
    const key = ledgerKey(openid, templateId);
    const credits = this.creditsByKey.get(key) ?? 0;
    if (credits <= 0) return false;
    if (credits === 1) this.creditsByKey.delete(key);
    else this.creditsByKey.set(key, credits - 1);
    return true;
  }

  /** Credits `openid` holds for `templateId` now. */
  credits(openid: string, templateId: string): number {
    return this.creditsByKey.get(ledgerKey(openid, templateId)) ?? 0;
  }
}

function ledgerKey(openid: string, templateId: string): string {
  return JSON.stringify([openid, templateId]);
}
