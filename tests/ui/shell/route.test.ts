import { describe, expect, it } from 'vitest';
import { hrefOf, parseRoute, type Route, sectionOf } from '../../../src/ui/shell/route';

describe('routes in the URL hash', () => {
  const routes: Route[] = [
    { page: 'dashboard' },
    { page: 'activities' },
    { page: 'activity' },
    { page: 'activity', id: 12 },
    { page: 'credentials' },
    { page: 'credential', id: 3 },
    { page: 'rule-packs' },
    { page: 'packet' },
    { page: 'packet', credentialId: 7 },
    { page: 'packet', credentialId: 7, asOf: '2026-03-01' },
  ];

  it.each(routes)('reads back what it writes: %o', (route) => {
    expect(parseRoute(hrefOf(route))).toEqual(route);
  });

  it('opens the dashboard for an empty or unknown hash', () => {
    expect(parseRoute('')).toEqual({ page: 'dashboard' });
    expect(parseRoute('#/')).toEqual({ page: 'dashboard' });
    expect(parseRoute('#/settings')).toEqual({ page: 'dashboard' });
  });

  it('never turns a malformed id into a page for some other record', () => {
    expect(parseRoute('#/credential/abc')).toEqual({ page: 'credentials' });
    expect(parseRoute('#/credential/0')).toEqual({ page: 'credentials' });
    expect(parseRoute('#/credential/-3')).toEqual({ page: 'credentials' });
    expect(parseRoute('#/activity/1.5')).toEqual({ page: 'activity' });
    expect(parseRoute('#/packet/x')).toEqual({ page: 'packet' });
  });

  it('puts a record page under its list in the sidebar', () => {
    expect(sectionOf({ page: 'activity', id: 1 })).toBe('activities');
    expect(sectionOf({ page: 'credential', id: 1 })).toBe('credentials');
    expect(sectionOf({ page: 'packet', credentialId: 1 })).toBe('packet');
  });
});
