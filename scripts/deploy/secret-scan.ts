// Finds what must never be committed: an environment id, a real AppID, API secrets, private keys, merchant
// keys. The project configures those outside the tree (DevTools, .env.local, the shell), so any hit is a leak.

/** One suspicious text, located; `excerpt` is masked so a report never repeats a whole secret. */
export interface SecretFinding {
  file: string;
  line: number;
  kind: string;
  excerpt: string;
}

interface TextRule {
  kind: string;
  pattern: RegExp;
  /** The captured value (group 1, else the whole match) is a known placeholder, not a secret. */
  isPlaceholder?: (value: string) => boolean;
}

/** Values that stand for "fill in your own": angle brackets, template braces, xxx, your-…, example. */
const PLACEHOLDER_WORDS = /your|xxx|example|placeholder|dummy|fake|sample|local/i;

const TEXT_RULES: TextRule[] = [
  {
    kind: 'mini program AppID (only touristappid may be committed)',
    pattern: /\bwx[0-9a-f]{16}\b/g,
    // Obvious stand-ins such as wx0000000000000000 end in a run of zeros no real AppID has.
    isPlaceholder: (value) => /0{10,}$/.test(value),
  },
  { kind: 'Tencent Cloud SecretId', pattern: /\bAKID[0-9A-Za-z]{32}\b/g },
  { kind: 'private key', pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/g },
  {
    kind: 'secret, token, app secret or merchant key',
    pattern:
      /\b(?:tencentcloud_)?(?:secret_?key|app_?secret|mch_?key|api_?(?:v3_?)?key|partner_?key|private_?key|session_?token)\b["']?\s*[:=]\s*["'`]?([A-Za-z0-9+/=_-]{16,})/gi,
    // A variable's name (TENCENTCLOUD_SECRETKEY) is not its value; generated secrets always hold a digit.
    isPlaceholder: (value) =>
      PLACEHOLDER_WORDS.test(value) || /^[A-Z][A-Z0-9_]*$/.test(value) || !/[0-9]/.test(value),
  },
  {
    kind: 'cloud environment id',
    pattern:
      /(?:\b(?:env|env_?id|cloud_?env|tcb_env|scf_namespace|resource_?env)\b["']?\s*[:=]\s*["'`]?|(?:^|\s)(?:--env|--env-?id|-e)\s+["']?)([A-Za-z][A-Za-z0-9_-]*)/gim,
    isPlaceholder: (value) => !looksLikeEnvironmentId(value) || PLACEHOLDER_WORDS.test(value),
  },
];

/** File names that are keys or local configuration by nature, whatever they hold. */
const SECRET_FILE_NAMES: Array<{ kind: string; pattern: RegExp }> = [
  { kind: 'upload private key file', pattern: /(^|\/)private\.[^/]*\.key$/i },
  { kind: 'certificate or key file', pattern: /\.(pem|p12|pfx|key)$/i },
  { kind: 'local environment file', pattern: /(^|\/)\.env(\.[^/]*)?$/ },
];

/**
 * An environment id as the platform makes them: a name, a dash and a random suffix of letters and digits
 * (for example `<name>-<6 to 20 of a-z0-9>`), which `local-env` or `prod-123` are not.
 */
export function looksLikeEnvironmentId(value: string): boolean {
  const suffix = /-([A-Za-z0-9]+)$/.exec(value)?.[1] ?? '';
  return suffix.length >= 6 && /[0-9]/.test(suffix) && /[a-z]/i.test(suffix);
}

/** Scans one file's path and text; binary content (a NUL byte) is judged by its name only. */
export function scanFile(file: string, text: string): SecretFinding[] {
  const findings: SecretFinding[] = [];
  for (const rule of SECRET_FILE_NAMES) {
    if (rule.pattern.test(file)) findings.push({ file, line: 0, kind: rule.kind, excerpt: file });
  }
  if (text.includes('\0')) return findings;
  for (const rule of TEXT_RULES) {
    for (const match of text.matchAll(rule.pattern)) {
      const value = match[1] ?? match[0];
      if (rule.isPlaceholder?.(value)) continue;
      const line = text.slice(0, match.index).split('\n').length;
      findings.push({ file, line, kind: rule.kind, excerpt: mask(match[0], value) });
    }
  }
  return findings;
}

/** Scans every file `read` returns text for. */
export function scanFiles(files: readonly string[], read: (file: string) => string): SecretFinding[] {
  return files.flatMap((file) => scanFile(file, read(file)));
}

/** The match up to the first 4 characters of its value, then an ellipsis. */
function mask(match: string, value: string): string {
  const valueStart = match.lastIndexOf(value);
  return `${match.slice(0, valueStart + Math.min(4, value.length)).trim()}…`;
}
