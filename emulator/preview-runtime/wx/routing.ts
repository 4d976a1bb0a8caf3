import { answer, type Callbacks } from './callbacks';

/** The routing the shim's navigation APIs move (the preview's page stack). */
export interface Navigation {
  navigateTo(url: string): Promise<void>;
  navigateBack(delta?: number): Promise<void>;
  redirectTo(url: string): Promise<void>;
  reLaunch(url: string): Promise<void>;
  switchTab(url: string): Promise<void>;
}

/** A routing API: answers `name:ok` after the move, or `name:fail reason` when the move is refused. */
function routing<O extends Callbacks>(name: string, move: (options: O | undefined) => Promise<void>) {
  return (options?: O) =>
    answer(
      options,
      move(options).then(
        () => ({ errMsg: `${name}:ok` }),
        (error: unknown) =>
          Promise.reject({
            errMsg: `${name}:fail ${error instanceof Error ? error.message : String(error)}`,
          }),
      ),
    );
}

/** navigateTo, redirectTo, reLaunch, switchTab and navigateBack over `navigation`. */
export function routingApis(navigation: Navigation) {
  return {
    navigateTo: routing('navigateTo', (call?: Callbacks & { url: string }) =>
      navigation.navigateTo(call?.url ?? ''),
    ),
    redirectTo: routing('redirectTo', (call?: Callbacks & { url: string }) =>
      navigation.redirectTo(call?.url ?? ''),
    ),
    reLaunch: routing('reLaunch', (call?: Callbacks & { url: string }) =>
      navigation.reLaunch(call?.url ?? ''),
    ),
    switchTab: routing('switchTab', (call?: Callbacks & { url: string }) =>
      navigation.switchTab(call?.url ?? ''),
    ),
    navigateBack: routing('navigateBack', (call?: Callbacks & { delta?: number }) =>
      navigation.navigateBack(call?.delta),
    ),
  };
}
