// app.json's `preloadRule`: each key a page of the app, each package it names a subpackage (by root or name) or
// `__APP__` (the main package), as DevTools refuses otherwise.
export interface PreloadRuleApp {
  pages?: string[];
  subpackages?: Array<{ root: string; name?: string; pages?: string[] }>;
  subPackages?: Array<{ root: string; name?: string; pages?: string[] }>;
  preloadRule?: Record<string, { network?: string; packages?: string[] }>;
}

/** What is wrong with app.json's preloadRule, one line each; empty when every rule names real pages and packages. */
export function preloadRuleProblems(app: PreloadRuleApp): string[] {
  const subpackages = (app.subpackages ?? app.subPackages ?? []).map((sub) => ({
    ...sub,
    root: sub.root.replace(/^\/+|\/+$/g, ''),
  }));
  const pages = new Set([
    ...(app.pages ?? []),
    ...subpackages.flatMap((sub) => (sub.pages ?? []).map((page) => `${sub.root}/${page}`)),
  ]);
  const packages = new Set(['__APP__', ...subpackages.flatMap((sub) => [sub.root, sub.name ?? sub.root])]);
  const problems: string[] = [];
  for (const [page, rule] of Object.entries(app.preloadRule ?? {})) {
    if (!pages.has(page)) problems.push(`app.json preloadRule: "${page}" is not a page of the app`);
    if (rule.network !== undefined && rule.network !== 'all' && rule.network !== 'wifi')
      problems.push(`app.json preloadRule "${page}": network must be "all" or "wifi"`);
    for (const name of rule.packages ?? []) {
      if (!packages.has(name)) problems.push(`app.json preloadRule "${page}": no subpackage "${name}"`);
    }
  }
  return problems;
}
