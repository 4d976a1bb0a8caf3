// `/preview/live-reload`: server-sent events telling open previews to reload when a file of the mini program changes.
import { watch, type FSWatcher } from 'node:fs';
import type http from 'node:http';
import type { LocalCloudServer, RouteResponse } from '../http/server';
import { LIVE_RELOAD_EVENTS, LIVE_RELOAD_PATH } from './live-reload-route-wire';

/** How long the folder must stay quiet after a change before previews reload, in ms (an editor's save is a burst). */
export const LIVE_RELOAD_QUIET_MS = 120;

/**
 * Watches `root` while at least one preview listens, and tells every listener to reload once changes settle.
 * The watcher opens with the first listener and closes with the last, so a closed server leaves nothing behind.
 */
class FolderBroadcast {
  private readonly listeners = new Set<http.ServerResponse>();
  private watcher: FSWatcher | undefined;
  private quietTimer: NodeJS.Timeout | undefined;
  private lastChanged = '';

  constructor(private readonly root: string) {}

  add(listener: http.ServerResponse): void {
    this.listeners.add(listener);
    listener.on('close', () => this.remove(listener));
    this.watcher ??= watch(this.root, { recursive: true }, (_event, file) =>
      this.changed(String(file ?? '')),
    );
  }

  private remove(listener: http.ServerResponse): void {
    this.listeners.delete(listener);
    if (this.listeners.size > 0) return;
    this.watcher?.close();
    this.watcher = undefined;
    if (this.quietTimer) clearTimeout(this.quietTimer);
    this.quietTimer = undefined;
  }

  private changed(file: string): void {
    this.lastChanged = file;
    if (this.quietTimer) clearTimeout(this.quietTimer);
    this.quietTimer = setTimeout(() => {
      this.quietTimer = undefined;
      for (const listener of this.listeners) sendEvent(listener, LIVE_RELOAD_EVENTS.reload, this.lastChanged);
    }, LIVE_RELOAD_QUIET_MS);
  }
}

function sendEvent(response: http.ServerResponse, event: string, data: string): void {
  response.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
}

/** Serves the change stream for the mini program folder `root`. */
export function registerLiveReloadRoute(server: LocalCloudServer, root: string): void {
  const broadcast = new FolderBroadcast(root);
  server.route('GET', LIVE_RELOAD_PATH, ({ raw }): RouteResponse => {
    raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
    });
    broadcast.add(raw);
    sendEvent(raw, LIVE_RELOAD_EVENTS.ready, '');
    return { streaming: true };
  });
}
