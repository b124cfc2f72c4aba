/** Messages for the user in a live region: errors stay until closed, notices fade. */
let region: HTMLElement | null = null;

export function attachToasts(el: HTMLElement): void {
  region = el;
}

export function notify(message: string, kind: 'info' | 'error' = 'info'): void {
  if (!region) return;
  const item = document.createElement('div');
  item.className = `toast toast-${kind}`;
  item.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  const text = document.createElement('span');
  text.textContent = message;
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'toast-close';
  close.setAttribute('aria-label', 'Đóng / Close');
  close.textContent = '×';
  close.onclick = () => item.remove();
  item.append(text, close);
  region.append(item);
  if (kind === 'info') setTimeout(() => item.remove(), 6000);
}
