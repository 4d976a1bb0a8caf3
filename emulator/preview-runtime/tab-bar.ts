import { addRuntimeStyle } from './runtime-style';

/** One entry of app.json's `tabBar.list`. */
export interface TabBarItem {
  pagePath: string;
  text: string;
  iconPath?: string;
  selectedIconPath?: string;
}

/** app.json's `tabBar`, as far as the preview draws it. */
export interface TabBarJson {
  list: TabBarItem[];
  color?: string;
  selectedColor?: string;
  backgroundColor?: string;
  borderStyle?: 'black' | 'white';
  position?: 'bottom' | 'top';
}

/** Where the preview serves the mini program's own files (tab icons), relative to its root. */
export const MINIPROGRAM_FILES = '/preview/files/';

const TAB_BAR_CSS = `
.wx-tab-bar { flex: none; display: flex; height: 50px; border-top: 1px solid rgba(0,0,0,.12);
  padding-bottom: env(safe-area-inset-bottom); user-select: none; }
.wx-tab-bar[hidden] { display: none; }
.wx-tab-bar.white-border { border-top-color: rgba(255,255,255,.3); }
.wx-tab-bar-item { flex: 1; display: flex; flex-direction: column; align-items: center; justify-content: center;
  gap: 2px; font-size: 10px; cursor: pointer; }
.wx-tab-bar-item img { width: 24px; height: 24px; }
.wx-tab-bar-item.text-only { font-size: 14px; }
`;

/** The tab bar under the page area: draws app.json's `tabBar`, and chooses a tab when one is tapped. */
export class TabBar {
  private readonly bar = document.createElement('div');
  private readonly items: HTMLElement[] = [];

  constructor(
    private readonly json: TabBarJson,
    parent: HTMLElement,
    choose: (item: TabBarItem, index: number) => void,
  ) {
    addRuntimeStyle(TAB_BAR_CSS);
    this.bar.className = `wx-tab-bar${json.borderStyle === 'white' ? ' white-border' : ''}`;
    this.bar.setAttribute('role', 'tablist');
    this.bar.style.background = json.backgroundColor ?? '#ffffff';
    this.bar.hidden = true;
    json.list.forEach((item, index) => {
      const element = document.createElement('div');
      element.className = `wx-tab-bar-item${item.iconPath ? '' : ' text-only'}`;
      element.setAttribute('role', 'tab');
      element.dataset.pagePath = item.pagePath;
      if (item.iconPath) element.append(document.createElement('img'));
      const label = document.createElement('span');
      label.textContent = item.text;
      element.append(label);
      element.addEventListener('click', () => choose(item, index));
      this.items.push(element);
      this.bar.append(element);
    });
    parent.append(this.bar);
  }

  /** The routes the tab bar lists. */
  routes(): string[] {
    return this.json.list.map((item) => item.pagePath);
  }

  /** Shows the bar with `route` selected, or hides it when the top page is no tab page. */
  draw(route: string | undefined): void {
    this.bar.hidden = route === undefined;
    this.json.list.forEach((item, index) => {
      const element = this.items[index];
      if (!element) return;
      const selected = item.pagePath === route;
      element.setAttribute('aria-selected', String(selected));
      element.style.color =
        (selected ? this.json.selectedColor : this.json.color) ?? (selected ? '#07c160' : '#000000');
      const icon = element.querySelector('img');
      const iconPath = selected ? (item.selectedIconPath ?? item.iconPath) : item.iconPath;
      if (icon && iconPath) icon.src = `${MINIPROGRAM_FILES}${iconPath.replace(/^\/+/, '')}`;
    });
  }
}
