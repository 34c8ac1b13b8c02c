import { useEffect, useState } from 'preact/hooks';

/**
 * The console's pages, addressed by the URL fragment (`/console/#/users`): the server serves
 * one `index.html` under `/console/`, so hash routing needs no server-side fallback.
 */
export const ROUTES = ['home', 'account', 'users', 'institutions'] as const;
export type Route = (typeof ROUTES)[number];

export function parseRoute(hash: string): Route {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return (ROUTES as readonly string[]).includes(name) ? (name as Route) : 'home';
}

export function routeHref(route: Route): string {
  return route === 'home' ? '#/' : `#/${route}`;
}

/** The current page, following the address bar (links, back and forward buttons). */
export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));
  useEffect(() => {
    const follow = () => {
      setRoute(parseRoute(window.location.hash));
    };
    window.addEventListener('hashchange', follow);
    return () => {
      window.removeEventListener('hashchange', follow);
    };
  }, []);
  return route;
}
