// The live-reload stream's address and events, shared by the local cloud and the preview's browser side.

/** Where an open preview listens for changes. */
export const LIVE_RELOAD_PATH = '/preview/live-reload';

/** The stream's events: `ready` once it listens, `reload` (data: the changed file) after a burst of changes. */
export const LIVE_RELOAD_EVENTS = { ready: 'ready', reload: 'reload' } as const;

/** The script every preview page loads first, so it listens even when the mini program's bundle fails. */
export const LIVE_RELOAD_SCRIPT_PATH = '/preview/live-reload.js';
