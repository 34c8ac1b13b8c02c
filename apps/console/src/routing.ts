import { useEffect, useState } from 'preact/hooks';

/**
 * The console's pages, addressed by the URL fragment (`/console/#/users`,
 * `/console/#/cases/<id>`): the server serves one `index.html` under `/console/`, so hash
 * routing needs no server-side fallback.
 */
export const ROUTES = [
  'home',
  'account',
  'users',
  'institutions',
  'opportunities',
  'queue',
  'cases',
  'calls',
  'supervision',
  'search',
  'emergency-numbers',
  'inbox',
  'referrals',
  'requests',
] as const;
export type Route = (typeof ROUTES)[number];

/** Where the address bar points: a page, the record it names, and its query. */
export interface Location {
  readonly route: Route;
  /** The segment after the page: a case id in `#/cases/<id>`, `new` in `#/calls/new`. */
  readonly param: string | undefined;
  readonly query: URLSearchParams;
}

export function parseLocation(hash: string): Location {
  const [path = '', search = ''] = hash.replace(/^#\/?/, '').split('?', 2);
  const [name = '', param] = path.split('/');
  const route = (ROUTES as readonly string[]).includes(name) ? (name as Route) : 'home';
  return {
    route,
    param: param === undefined || param === '' ? undefined : decodeURIComponent(param),
    query: new URLSearchParams(search),
  };
}

export function parseRoute(hash: string): Route {
  return parseLocation(hash).route;
}

export function routeHref(route: Route): string {
  return route === 'home' ? '#/' : `#/${route}`;
}

export function caseHref(caseId: string): string {
  return `#/cases/${encodeURIComponent(caseId)}`;
}

/** The call form, attached to a case when one is given. */
export function newCallHref(caseId?: string): string {
  return caseId === undefined ? '#/calls/new' : `#/calls/new?case=${encodeURIComponent(caseId)}`;
}

/** One referral: `#/referrals/<id>` (the receiving institution's page, or either side's). */
export function referralHref(referralId: string): string {
  return `#/referrals/${encodeURIComponent(referralId)}`;
}

/** The receiving institution's inbox, on its open or closed tab. */
export function inboxHref(tab: 'open' | 'closed' = 'open'): string {
  return tab === 'open' ? '#/inbox' : '#/inbox?view=closed';
}

/** A competent body's request: `#/requests/<caseId>` (its referrals), or the form (`new`). */
export function requestHref(caseId: string): string {
  return `#/requests/${encodeURIComponent(caseId)}`;
}

export const NEW_REQUEST_HREF = '#/requests/new';

/** The current location, following the address bar (links, back and forward buttons). */
export function useLocation(): Location {
  const [location, setLocation] = useState<Location>(() => parseLocation(window.location.hash));
  useEffect(() => {
    const follow = () => {
      setLocation(parseLocation(window.location.hash));
    };
    window.addEventListener('hashchange', follow);
    return () => {
      window.removeEventListener('hashchange', follow);
    };
  }, []);
  return location;
}

/** The current page only. */
export function useRoute(): Route {
  return useLocation().route;
}
