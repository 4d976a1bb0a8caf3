import { engineNodeOf, type EngineNode } from './selector-query';

/** Margins (px) that grow (or, negative, shrink) the area a target is checked against. */
interface Margins {
  left?: number;
  right?: number;
  top?: number;
  bottom?: number;
}

/** `createIntersectionObserver`'s options, as on the platform. */
interface ObserverOptions {
  thresholds?: number[];
  initialRatio?: number;
  observeAll?: boolean;
}

/** A rectangle as the platform answers it, from the page viewport's top left. */
interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

/** What the observer's callback receives. */
interface IntersectionAnswer {
  id: string;
  dataset: Record<string, unknown>;
  time: number;
  intersectionRatio: number;
  intersectionRect: Rect;
  boundingClientRect: Rect;
  relativeRect: Rect;
}

function rectFrom(rect: DOMRectReadOnly, origin: { left: number; top: number }): Rect {
  const left = rect.left - origin.left;
  const top = rect.top - origin.top;
  return {
    left,
    top,
    right: left + rect.width,
    bottom: top + rect.height,
    width: rect.width,
    height: rect.height,
  };
}

function domOf(node: EngineNode | null | undefined): HTMLElement | undefined {
  return node?.$$ instanceof HTMLElement ? node.$$ : undefined;
}

/**
 * The platform's IntersectionObserver over the browser's: targets are selected by the engine inside the
 * page or component, checked against the page's viewport (`relativeToViewport`) or a selected element
 * (`relativeTo`), and the callback runs when a threshold is crossed — not at once unless the target's ratio
 * differs from `initialRatio`.
 */
export class PreviewIntersectionObserver {
  private root: (() => HTMLElement | undefined) | undefined;
  private margins: Margins = {};
  private observer: IntersectionObserver | undefined;

  constructor(
    private readonly viewport: () => HTMLElement | undefined,
    private readonly scope: EngineNode | undefined,
    private readonly options: ObserverOptions = {},
  ) {}

  relativeTo(selector: string, margins: Margins = {}): this {
    this.root = () => domOf(this.scope?.shadowRoot?.querySelector(selector));
    this.margins = margins;
    return this;
  }

  relativeToViewport(margins: Margins = {}): this {
    this.root = this.viewport;
    this.margins = margins;
    return this;
  }

  observe(selector: string, callback: (answer: IntersectionAnswer) => void): void {
    const root = (this.root ?? this.viewport)() ?? null;
    const viewport = this.viewport();
    const { top = 0, right = 0, bottom = 0, left = 0 } = this.margins;
    const nodes = this.options.observeAll
      ? (this.scope?.shadowRoot?.querySelectorAll(selector) ?? [])
      : [this.scope?.shadowRoot?.querySelector(selector) ?? null];
    const byDom = new Map<Element, EngineNode>();
    for (const node of nodes) {
      const dom = domOf(node);
      if (node && dom) byDom.set(dom, node);
    }
    const initialRatio = this.options.initialRatio ?? 0;
    const seen = new Set<Element>();
    this.observer = new IntersectionObserver(
      (entries) => {
        const origin = viewport?.getBoundingClientRect() ?? { left: 0, top: 0 };
        for (const entry of entries) {
          const first = !seen.has(entry.target);
          seen.add(entry.target);
          if (first && entry.intersectionRatio === initialRatio) continue;
          const node = byDom.get(entry.target);
          callback({
            id: node?.id ?? '',
            dataset: { ...node?.dataset },
            time: Date.now(),
            intersectionRatio: entry.intersectionRatio,
            intersectionRect: rectFrom(entry.intersectionRect, origin),
            boundingClientRect: rectFrom(entry.boundingClientRect, origin),
            relativeRect: rectFrom(entry.rootBounds ?? entry.boundingClientRect, origin),
          });
        }
      },
      {
        root,
        rootMargin: `${top}px ${right}px ${bottom}px ${left}px`,
        threshold: this.options.thresholds ?? [0],
      },
    );
    for (const dom of byDom.keys()) this.observer.observe(dom);
  }

  disconnect(): void {
    this.observer?.disconnect();
  }
}

/** `wx.createIntersectionObserver(component, options)` and the one every component and page has. */
export function intersectionObserverApis(viewport: () => HTMLElement | undefined) {
  return {
    createIntersectionObserver: (component: object, options?: ObserverOptions) =>
      new PreviewIntersectionObserver(viewport, engineNodeOf(component), options),
  };
}
