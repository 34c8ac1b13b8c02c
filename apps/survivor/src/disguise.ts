/**
 * Disguised mode: the server can ask for it by injecting
 * `<meta name="sanad-disguise" content="weather">` into the page (a per-deployment or per-link
 * setting). Then the tab title, the icon and the installable app's name look like an ordinary
 * weather app. Off by default; `SANAD_DISGUISE=weather` turns it on for a deployment (the server
 * then also rewrites the title, icon and manifest in the HTML it sends, before any script runs).
 */
export type Disguise = 'weather';

export interface Appearance {
  readonly title: string;
  readonly icon: string;
  readonly manifest: string;
}

const APPEARANCES: Readonly<Record<Disguise | 'none', Appearance>> = {
  none: { title: 'Sanad', icon: '/icon.svg', manifest: '/manifest.webmanifest' },
  weather: { title: 'Weather', icon: '/weather.svg', manifest: '/weather.webmanifest' },
};

export function disguiseOf(doc: Pick<Document, 'querySelector'>): Disguise | null {
  const content = doc
    .querySelector<HTMLMetaElement>('meta[name="sanad-disguise"]')
    ?.content.trim()
    .toLowerCase();
  return content === 'weather' ? 'weather' : null;
}

export function appearanceOf(disguise: Disguise | null): Appearance {
  return APPEARANCES[disguise ?? 'none'];
}

/** Points the title, icon and manifest at the disguise (before the first paint). */
export function applyDisguise(doc: Document, disguise: Disguise | null): void {
  if (!disguise) return;
  const look = appearanceOf(disguise);
  doc.title = look.title;
  doc.querySelector<HTMLLinkElement>('link[rel="icon"]')?.setAttribute('href', look.icon);
  doc.querySelector<HTMLLinkElement>('link[rel="manifest"]')?.setAttribute('href', look.manifest);
  doc.querySelector('meta[name="theme-color"]')?.setAttribute('content', '#3a7bd5');
}
