// The new-order alert: a short chime from the subpackage (a few KB) and a short vibration. One audio context
// per board, made on first use and destroyed with the page.

/** The chime, bundled in the staff subpackage. */
export const NEW_ORDER_SOUND = '/staff/sounds/new-order.wav';

/** One board's alert. */
export interface NewOrderAlert {
  ring(): void;
  destroy(): void;
}

/** An alert that plays the chime and vibrates each time it rings. */
export function createNewOrderAlert(): NewOrderAlert {
  let audio: WechatMiniprogram.InnerAudioContext | null = null;
  return {
    ring() {
      if (!audio) {
        audio = wx.createInnerAudioContext();
        audio.src = NEW_ORDER_SOUND;
      }
      audio.stop();
      audio.play();
      wx.vibrateShort({ type: 'heavy' });
    },
    destroy() {
      audio?.destroy();
      audio = null;
    },
  };
}
