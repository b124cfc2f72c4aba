import type { App, ObjectKind } from '../app';

const KINDS: readonly ObjectKind[] = ['plot', 'zone', 'dossier'];

/**
 * The object shown in the details panel is kept in the URL next to MapLibre's view
 * (`#plot=DB-A-01&map=15/21.9/106.7`), so the address bar is a link that opens it: an investor can
 * send it, and a reload comes back to it. MapLibre's hash keeps parameters it does not own.
 */
export function linkObjectsToUrl(app: App): void {
  const opened = fromHash();
  app.onOpenObject((kind, code) => {
    const others = location.hash.slice(1).split('&').filter((part) => part && !KINDS.some((k) => part.startsWith(`${k}=`)));
    history.replaceState(history.state, '', `#${[`${kind}=${encodeURIComponent(code)}`, ...others].join('&')}`);
  });
  if (opened) app.openObject(opened.kind, opened.code);
}

function fromHash(): { kind: ObjectKind; code: string } | null {
  for (const part of location.hash.slice(1).split('&')) {
    const [key, value] = part.split('=');
    const kind = KINDS.find((k) => k === key);
    if (kind && value) return { kind, code: decodeURIComponent(value) };
  }
  return null;
}
