// The part of miniprogram-exparser (WeChat's component engine, under j-component) the preview calls.
declare module 'miniprogram-exparser' {
  /** An engine element; its DOM node carries it back as `__wxElement`. */
  export interface ExparserElement {
    readonly is?: string;
  }
  /** An engine event, dispatched through the engine's own bubbling and capture. */
  export interface ExparserEvent {
    readonly type: string;
  }
  export const Event: {
    create(
      type: string,
      detail: Record<string, unknown>,
      options: {
        originalEvent?: Event;
        bubbles?: boolean;
        capturePhase?: boolean;
        composed?: boolean;
        extraFields?: Record<string, unknown>;
      },
    ): ExparserEvent;
    dispatchEvent(target: ExparserElement, event: ExparserEvent): void;
  };
}
