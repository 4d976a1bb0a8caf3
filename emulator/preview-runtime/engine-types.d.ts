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

// j-component's registry, which the preview reaches into for what its register() does not pass on.
declare module 'j-component/src/tool/utils' {
  /** The manager of a registered component, holding the exparser definition it registered. */
  export function cache(id: string): { exparserDef: { options: { addGlobalClass: boolean } } } | undefined;
}
