// `/preview/live-reload`: server-sent events telling open previews to reload when a file of the mini program changes.
import { watch, type FSWatcher } from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import type { LocalCloudServer, RouteResponse } from '../http/server';
import { LIVE_RELOAD_EVENTS, LIVE_RELOAD_PATH, LIVE_RELOAD_SCRIPT_PATH } from './live-reload-route-wire';

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

const LIVE_RELOAD_MODULE = path.join(__dirname, '../../preview-runtime/live-reload.ts');

/**
 * The browser's listener, bundled on its own (once), apart from the mini program's bundle: a page whose bundle
 * does not build still listens, so fixing the file reloads it.
 */
async function bundleListener(): Promise<string> {
  // Loaded on first use, as the preview bundle loads it.
  const { build } = await import('esbuild');
  const result = await build({
    stdin: {
      contents: `import { startLiveReload } from ${JSON.stringify(LIVE_RELOAD_MODULE)};\nstartLiveReload();`,
      resolveDir: path.dirname(LIVE_RELOAD_MODULE),
      loader: 'ts',
      sourcefile: 'live-reload-entry.ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    logLevel: 'silent',
  });
  const script = result.outputFiles[0]?.text;
  if (script === undefined) throw new Error('preview: esbuild wrote no live-reload script');
  return script;
}

/** Serves the change stream for the mini program folder `root`, and the script that listens to it. */
export function registerLiveReloadRoute(server: LocalCloudServer, root: string): void {
  const broadcast = new FolderBroadcast(root);
  let listener: Promise<string> | undefined;
  server.route('GET', LIVE_RELOAD_SCRIPT_PATH, async () => {
    listener ??= bundleListener();
    const bytes = Buffer.from(await listener);
    return { status: 200, bytes, contentType: 'text/javascript; charset=utf-8' };
  });
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
