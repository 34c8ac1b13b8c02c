import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, ROUTES } from './routing.ts';

describe('hash routing', () => {
  it.each([
    ['', 'home'],
    ['#', 'home'],
    ['#/', 'home'],
    ['#/users', 'users'],
    ['#users', 'users'],
    ['#/institutions?region=04', 'institutions'],
    ['#/account/extra', 'account'],
    ['#/unknown', 'home'],
    ['#/__proto__', 'home'],
  ])('%j opens %s', (hash, route) => {
    expect(parseRoute(hash)).toBe(route);
  });

  it('round-trips every route through its link', () => {
    for (const route of ROUTES) expect(parseRoute(routeHref(route))).toBe(route);
  });
});
