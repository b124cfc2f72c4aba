import { t } from '../i18n';

/** One visible "loading" indicator for every request in flight (API calls and map tiles). */
let pending = 0;
let mapLoading = false;
let element: HTMLElement | null = null;

export function attachLoadingIndicator(el: HTMLElement): void {
  element = el;
  render();
}

export async function withLoading<T>(work: Promise<T>): Promise<T> {
  pending++;
  render();
  try {
    return await work;
  } finally {
    pending--;
    render();
  }
}

export function setMapLoading(loading: boolean): void {
  mapLoading = loading;
  render();
}

export function isBusy(): boolean {
  return pending > 0 || mapLoading;
}

function render(): void {
  if (!element) return;
  const busy = isBusy();
  element.hidden = !busy;
  element.textContent = busy ? (pending > 0 ? t('loading') : t('loading.map')) : '';
  document.body.toggleAttribute('aria-busy', busy);
}
