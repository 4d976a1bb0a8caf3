/** An engine node as the query reads it: its DOM element, id, dataset, and its shadow root's queries. */
export interface EngineNode {
  $$?: unknown;
  id?: string;
  dataset?: Record<string, unknown>;
  data?: Record<string, unknown>;
  shadowRoot?: {
    querySelector(selector: string): EngineNode | null;
    querySelectorAll(selector: string): EngineNode[];
  };
}

/** What `fields()` may ask for, as on the platform. */
export interface QueryFields {
  id?: boolean;
  dataset?: boolean;
  rect?: boolean;
  size?: boolean;
  scrollOffset?: boolean;
  properties?: string[];
  computedStyle?: string[];
  node?: boolean;
}

type Answer = Record<string, unknown>;
type Callback = (answer: unknown) => void;

interface Request {
  /** `undefined`: the viewport. */
  selector: string | undefined;
  scope: EngineNode | undefined;
  single: boolean;
  fields: QueryFields;
  callback?: Callback;
}

/** The engine node behind a page or component instance (`this`). */
export function engineNodeOf(component: object | undefined): EngineNode | undefined {
  const node: unknown = component ? Reflect.get(component, '_exparserNode') : undefined;
  return node && typeof node === 'object' ? (node as EngineNode) : undefined;
}

/** A selection of the query: asks for fields of what it selected, queued until `exec()`. */
class NodesRef {
  constructor(
    private readonly query: SelectorQuery,
    private readonly request: Omit<Request, 'fields' | 'callback'>,
  ) {}

  boundingClientRect(callback?: Callback): SelectorQuery {
    return this.fields({ id: true, dataset: true, rect: true, size: true }, callback);
  }

  scrollOffset(callback?: Callback): SelectorQuery {
    return this.fields({ id: true, dataset: true, scrollOffset: true }, callback);
  }

  fields(fields: QueryFields, callback?: Callback): SelectorQuery {
    return this.query.queue({ ...this.request, fields, callback });
  }
}

/**
 * `wx.createSelectorQuery()` over the preview's DOM: rects are measured against the page's viewport (the
 * area under the navigation bar, which the page scrolls in), scroll offsets read the page's scroll, and
 * selectors are matched by the engine inside the page, or inside a component with `.in(component)`.
 */
export class SelectorQuery {
  private readonly requests: Request[] = [];

  constructor(
    private readonly viewport: () => HTMLElement | undefined,
    private scope: EngineNode | undefined,
  ) {}

  /** Selects inside `component`'s own template from now on. */
  in(component: object): this {
    this.scope = engineNodeOf(component);
    return this;
  }

  select(selector: string): NodesRef {
    return new NodesRef(this, { selector, scope: this.scope, single: true });
  }

  selectAll(selector: string): NodesRef {
    return new NodesRef(this, { selector, scope: this.scope, single: false });
  }

  selectViewport(): NodesRef {
    return new NodesRef(this, { selector: undefined, scope: undefined, single: true });
  }

  /** @internal Adds a request; NodesRef calls it. */
  queue(request: Request): this {
    this.requests.push(request);
    return this;
  }

  /** Answers every request in order, after the current rendering, each to its callback, then all to `callback`. */
  exec(callback?: (answers: unknown[]) => void): void {
    const requests = this.requests.splice(0);
    void Promise.resolve().then(() => {
      const answers = requests.map((request) => {
        const answer = this.answer(request);
        request.callback?.(answer);
        return answer;
      });
      callback?.(answers);
    });
  }

  private answer(request: Request): unknown {
    const viewport = this.viewport();
    if (request.selector === undefined)
      return viewport ? this.viewportFields(viewport, request.fields) : null;
    const root = request.scope?.shadowRoot;
    if (!root) return request.single ? null : [];
    const nodes = request.single
      ? [root.querySelector(request.selector)].filter((node): node is EngineNode => node !== null)
      : root.querySelectorAll(request.selector);
    const answers = nodes.map((node) => this.nodeFields(node, request.fields, viewport));
    return request.single ? (answers[0] ?? null) : answers;
  }

  private viewportFields(viewport: HTMLElement, fields: QueryFields): Answer {
    const answer: Answer = {};
    if (fields.id) answer.id = '';
    if (fields.dataset) answer.dataset = {};
    if (fields.rect)
      Object.assign(answer, { left: 0, top: 0, right: viewport.clientWidth, bottom: viewport.clientHeight });
    if (fields.size) Object.assign(answer, { width: viewport.clientWidth, height: viewport.clientHeight });
    if (fields.scrollOffset)
      Object.assign(answer, {
        scrollLeft: viewport.scrollLeft,
        scrollTop: viewport.scrollTop,
        scrollWidth: viewport.scrollWidth,
        scrollHeight: viewport.scrollHeight,
      });
    return answer;
  }

  private nodeFields(node: EngineNode, fields: QueryFields, viewport: HTMLElement | undefined): Answer {
    const dom = node.$$ instanceof HTMLElement ? node.$$ : undefined;
    const answer: Answer = {};
    if (fields.id) answer.id = node.id ?? '';
    if (fields.dataset) answer.dataset = { ...node.dataset };
    if (dom && (fields.rect || fields.size)) {
      const rect = dom.getBoundingClientRect();
      const origin = viewport?.getBoundingClientRect() ?? { left: 0, top: 0 };
      if (fields.rect)
        Object.assign(answer, {
          left: rect.left - origin.left,
          top: rect.top - origin.top,
          right: rect.right - origin.left,
          bottom: rect.bottom - origin.top,
        });
      if (fields.size) Object.assign(answer, { width: rect.width, height: rect.height });
    }
    if (dom && fields.scrollOffset)
      Object.assign(answer, {
        scrollLeft: dom.scrollLeft,
        scrollTop: dom.scrollTop,
        scrollWidth: dom.scrollWidth,
        scrollHeight: dom.scrollHeight,
      });
    for (const name of fields.properties ?? []) {
      const key = name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
      if (node.data && key in node.data) answer[key] = node.data[key];
    }
    if (dom && fields.computedStyle?.length) {
      const style = getComputedStyle(dom);
      for (const name of fields.computedStyle)
        answer[name] = style.getPropertyValue(name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`));
    }
    return answer;
  }
}

/** The page that queries act on: its instance and the frame it scrolls in. */
interface QueriedPage {
  mounted: { instance: object };
  frame: HTMLElement;
}

/** `wx.createSelectorQuery()` on the top page, and the `createSelectorQuery()` every component and page has. */
export function selectorQueryApis(topPage: () => QueriedPage | undefined) {
  const viewport = () => topPage()?.frame;
  return {
    createSelectorQuery: () => new SelectorQuery(viewport, engineNodeOf(topPage()?.mounted.instance)),
    /** For a component's `this.createSelectorQuery()`: selects inside `component`. */
    componentSelectorQuery: (component: object) => new SelectorQuery(viewport, engineNodeOf(component)),
  };
}
