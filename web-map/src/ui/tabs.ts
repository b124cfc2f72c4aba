import { h } from './dom';

export interface Tab { id: string; label: () => string; panel: HTMLElement; visible: () => boolean }

/** The side panel's tabs (WAI-ARIA tabs pattern: arrow keys move between them). */
export class Tabs {
  private tabs: Tab[] = [];
  private selected = '';
  private readonly listeners = new Set<(id: string) => void>();

  constructor(private readonly list: HTMLElement, private readonly panels: HTMLElement) {
    list.addEventListener('keydown', (e) => this.onKey(e));
  }

  add(tab: Tab): void {
    this.tabs.push(tab);
    tab.panel.id = `panel-${tab.id}`;
    tab.panel.setAttribute('role', 'tabpanel');
    tab.panel.setAttribute('aria-labelledby', `tab-${tab.id}`);
    tab.panel.tabIndex = 0;
    this.panels.append(tab.panel);
    this.render();
  }

  select(id: string): void {
    this.selected = id;
    this.render();
    this.listeners.forEach((l) => l(id));
  }

  current(): string {
    return this.selected;
  }

  onSelect(listener: (id: string) => void): void {
    this.listeners.add(listener);
  }

  render(): void {
    const visible = this.tabs.filter((t) => t.visible());
    if (!visible.some((t) => t.id === this.selected)) this.selected = visible[0]?.id ?? '';
    this.list.replaceChildren(...visible.map((tab) => h('button', {
      type: 'button', role: 'tab', id: `tab-${tab.id}`, 'aria-controls': `panel-${tab.id}`,
      'aria-selected': String(tab.id === this.selected), tabIndex: tab.id === this.selected ? 0 : -1,
      onclick: () => this.select(tab.id),
    }, tab.label())));
    for (const tab of this.tabs) tab.panel.hidden = tab.id !== this.selected || !tab.visible();
  }

  private onKey(e: KeyboardEvent): void {
    if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(e.key)) return;
    const visible = this.tabs.filter((t) => t.visible());
    const i = visible.findIndex((t) => t.id === this.selected);
    const next = e.key === 'Home' ? 0 : e.key === 'End' ? visible.length - 1
      : (i + (e.key === 'ArrowRight' ? 1 : -1) + visible.length) % visible.length;
    this.select(visible[next].id);
    (this.list.querySelector(`#tab-${visible[next].id}`) as HTMLElement | null)?.focus();
    e.preventDefault();
  }
}
