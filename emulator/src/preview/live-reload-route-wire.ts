// The live-reload stream's address and events, shared by the local cloud and the preview's browser side.

/** Where an open preview listens for changes. */
export const LIVE_RELOAD_PATH = '/preview/live-reload';

/** The stream's events: `ready` once it listens, `reload` (data: the changed file) after a burst of changes. */
export const LIVE_RELOAD_EVENTS = { ready: 'ready', reload: 'reload' } as const;
