import { describe, expect, it } from 'vitest';
import {
  caseHref,
  inboxHref,
  newCallHref,
  NEW_REQUEST_HREF,
  parseLocation,
  parseRoute,
  referralHref,
  requestHref,
  routeHref,
  ROUTES,
} from './routing.ts';

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

  it('reads the record a page names, and its query', () => {
    const id = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
    expect(parseLocation(caseHref(id))).toMatchObject({ route: 'cases', param: id });
    const call = parseLocation(newCallHref(id));
    expect(call.route).toBe('calls');
    expect(call.param).toBe('new');
    expect(call.query.get('case')).toBe(id);
    expect(parseLocation('#/queue').param).toBeUndefined();
  });

  it('addresses referrals, the inbox tabs and requests', () => {
    const id = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
    expect(parseLocation(referralHref(id))).toMatchObject({ route: 'referrals', param: id });
    expect(parseLocation(inboxHref()).route).toBe('inbox');
    const closed = parseLocation(inboxHref('closed'));
    expect(closed.route).toBe('inbox');
    expect(closed.query.get('view')).toBe('closed');
    expect(parseLocation(requestHref(id))).toMatchObject({ route: 'requests', param: id });
    expect(parseLocation(NEW_REQUEST_HREF)).toMatchObject({ route: 'requests', param: 'new' });
  });
});
