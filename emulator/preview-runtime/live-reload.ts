// Live reload: the preview listens to the local cloud's change stream and reloads when the mini program changes.
import { LIVE_RELOAD_EVENTS, LIVE_RELOAD_PATH } from '../src/preview/live-reload-route-wire';

/**
 * Opens the change stream; `body[data-live-reload="on"]` says it listens, a `reload` event reloads the page.
 * When the local cloud goes away (a restart of `npm start`), EventSource retries by itself; once it is back the
 * page reloads, since the restarted cloud may serve other code and holds other state.
 */
export function startLiveReload(): void {
  const stream = new EventSource(LIVE_RELOAD_PATH);
  let lostTheCloud = false;
  const reload = () => {
    stream.close();
    location.reload();
  };
  stream.addEventListener(LIVE_RELOAD_EVENTS.ready, () => {
    if (lostTheCloud) reload();
    else document.body.dataset.liveReload = 'on';
  });
  stream.addEventListener(LIVE_RELOAD_EVENTS.reload, reload);
  stream.addEventListener('error', () => {
    lostTheCloud = true;
    document.body.dataset.liveReload = 'reconnecting';
  });
}
