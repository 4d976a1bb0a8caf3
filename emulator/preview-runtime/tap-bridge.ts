import exparser, { type ExparserElement } from 'miniprogram-exparser';

type EngineNode = Node & { __wxElement?: ExparserElement };

/**
 * Turns DOM clicks into mini program `tap` events: the nearest element the engine drew receives a bubbling,
 * composed `tap` through exparser's own dispatch, so `bindtap`/`catchtap` run as on a phone.
 */
export function bridgeTaps(root: HTMLElement): void {
  root.addEventListener(
    'click',
    (event) => {
      let node = event.target as EngineNode | null;
      while (node && !node.__wxElement) node = node.parentNode as EngineNode | null;
      if (!node?.__wxElement) return;
      const point = {
        clientX: event.clientX,
        clientY: event.clientY,
        pageX: event.pageX,
        pageY: event.pageY,
      };
      exparser.Event.dispatchEvent(
        node.__wxElement,
        exparser.Event.create(
          'tap',
          { x: event.pageX, y: event.pageY },
          {
            originalEvent: event,
            bubbles: true,
            capturePhase: true,
            composed: true,
            extraFields: { touches: [], changedTouches: [{ identifier: 0, ...point }] },
          },
        ),
      );
    },
    true,
  );
}
