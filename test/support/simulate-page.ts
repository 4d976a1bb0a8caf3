import simulate from 'miniprogram-simulate';

/** A page rendered by miniprogram-simulate: the engine's root component. */
export type SimulatedPage = ReturnType<typeof simulate.render>;

/**
 * Renders the `Component()` page at `pageFile` (no extension) of the mini program at `rootPath` in
 * miniprogram-simulate — the engine the browser preview shares — and runs its onLoad(query) and onShow, as
 * the client does when the page opens; `getApp()` answers `app`. Test files using it run in jsdom (`@jest-environment jsdom`).
 */
export async function openSimulatedPage(
  pageFile: string,
  rootPath: string,
  query: Record<string, string> = {},
  app: object = {},
): Promise<SimulatedPage> {
  const page = simulate.render(simulate.load(pageFile, { compiler: 'simulate', rootPath }));
  page.attach(document.createElement('parent-wrapper'));
  const instance = page.instance as unknown as Record<string, unknown>;
  // simulate has no App(): the page sees `app` as getApp() and itself as the only open page.
  Object.assign(globalThis, { getApp: () => app, getCurrentPages: () => [instance] });
  for (const [hook, argument] of [
    ['onLoad', query],
    ['onShow', undefined],
  ] as const) {
    const run = instance[hook];
    if (typeof run === 'function') await Reflect.apply(run, instance, [argument]);
  }
  return page;
}
