// Live reload: the preview listens to the local cloud's change stream and reloads when the mini program changes.
import { LIVE_RELOAD_EVENTS, LIVE_RELOAD_PATH } from '../src/preview/live-reload-route-wire';

/** Opens the change stream; `body[data-live-reload="on"]` says it listens, a `reload` event reloads the page. */
export function startLiveReload(): void {
  const stream = new EventSource(LIVE_RELOAD_PATH);
  stream.addEventListener(LIVE_RELOAD_EVENTS.ready, () => (document.body.dataset.liveReload = 'on'));
  stream.addEventListener(LIVE_RELOAD_EVENTS.reload, () => {
    stream.close();
    location.reload();
  });
  // The local cloud stopped or restarted: EventSource retries by itself; say so until it is back.
  stream.addEventListener('error', () => (document.body.dataset.liveReload = 'reconnecting'));
}
