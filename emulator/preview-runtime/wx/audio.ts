// wx.createInnerAudioContext for the preview: a context whose play() is recorded on the window
// (`window.__audioPlays`, each { src, atMs }) for tests to read, and played through an <audio> element where the
// browser allows it (a headless tab may refuse autoplay; the request is recorded either way).
import { MINIPROGRAM_FILES } from '../tab-bar';

/** One play() request. */
export interface AudioPlay {
  src: string;
  atMs: number;
}

type Listener = () => void;

function playsOnWindow(): AudioPlay[] {
  const holder = window as unknown as { __audioPlays?: AudioPlay[] };
  holder.__audioPlays ??= [];
  return holder.__audioPlays;
}

/** A package path (`/staff/sounds/a.wav`) as the preview serves it; other addresses unchanged. */
function servedSrc(src: string): string {
  return src.startsWith('/') ? `${MINIPROGRAM_FILES}${src.replace(/^\/+/, '')}` : src;
}

/** The InnerAudioContext the pages see: src, volume, loop, play/pause/stop/destroy and the on… listeners. */
export function audioApis() {
  return {
    createInnerAudioContext: () => {
      const element = document.createElement('audio');
      const ended: Listener[] = [];
      element.addEventListener('ended', () => ended.forEach((listener) => listener()));
      const context = {
        src: '',
        volume: 1,
        loop: false,
        autoplay: false,
        play() {
          playsOnWindow().push({ src: context.src, atMs: Date.now() });
          element.src = servedSrc(context.src);
          element.volume = context.volume;
          element.loop = context.loop;
          void element.play().catch(() => undefined);
        },
        pause: () => element.pause(),
        stop() {
          element.pause();
          element.currentTime = 0;
        },
        destroy() {
          element.pause();
          element.removeAttribute('src');
        },
        onEnded: (listener: Listener) => void ended.push(listener),
        onError: (_listener: Listener) => undefined,
        onPlay: (_listener: Listener) => undefined,
      };
      return context;
    },
  };
}
