import { useMemo, useSyncExternalStore } from 'react';

/**
 * Where the window is, kept in the URL hash so Back/Forward, reloads and links work
 * without a router package. Every page is reachable as a plain link (`hrefOf`).
 */
export type Route =
  | { page: 'dashboard' }
  | { page: 'activities' }
  /** copyOf: a new activity filled in from that one (a yearly training), date and certificates empty. */
  | { page: 'activity'; id?: number; copyOf?: number; fromPlanned?: number }
  | { page: 'credentials' }
  | { page: 'credential'; id: number }
  | { page: 'rule-packs' }
  /** asOf: a finished cycle's packet, as the cycle stood that day. */
  | { page: 'packet'; credentialId?: number; asOf?: string }
  | { page: 'trash' }
  | { page: 'audits' }
  | { page: 'plan' }
  /** The review queue of drafts read from certificates; with an id, that draft in the form. */
  | { page: 'drafts'; id?: number };

export type PageName = Route['page'];

export function hrefOf(route: Route): string {
  switch (route.page) {
    case 'activity':
      if (route.copyOf !== undefined) return `#/activity/copy/${route.copyOf}`;
      if (route.fromPlanned !== undefined) return `#/activity/planned/${route.fromPlanned}`;
      return route.id === undefined ? '#/activity/new' : `#/activity/${route.id}`;
    case 'credential':
      return `#/credential/${route.id}`;
    case 'drafts':
      return route.id === undefined ? '#/drafts' : `#/drafts/${route.id}`;
    case 'packet':
      if (route.credentialId === undefined) return '#/packet';
      return route.asOf ? `#/packet/${route.credentialId}/${route.asOf}` : `#/packet/${route.credentialId}`;
    default:
      return `#/${route.page}`;
  }
}

export function parseRoute(hash: string): Route {
  const [page, param, day] = hash.replace(/^#\/?/, '').split('/');
  const id = param !== undefined && /^[1-9]\d{0,14}$/.test(param) ? Number(param) : undefined;
  switch (page) {
    case 'activities':
    case 'credentials':
    case 'rule-packs':
    case 'trash':
    case 'audits':
    case 'plan':
      return { page };
    case 'activity':
      if (param === 'copy' && day !== undefined && /^[1-9]\d{0,14}$/.test(day))
        return { page: 'activity', copyOf: Number(day) };
      if (param === 'planned' && day !== undefined && /^[1-9]\d{0,14}$/.test(day))
        return { page: 'activity', fromPlanned: Number(day) };
      return id === undefined ? { page: 'activity' } : { page: 'activity', id };
    case 'credential':
      return id === undefined ? { page: 'credentials' } : { page: 'credential', id };
    case 'drafts':
      return id === undefined ? { page: 'drafts' } : { page: 'drafts', id };
    case 'packet':
      if (id === undefined) return { page: 'packet' };
      return day !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(day)
        ? { page: 'packet', credentialId: id, asOf: day }
        : { page: 'packet', credentialId: id };
    default:
      return { page: 'dashboard' };
  }
}

export function navigate(route: Route): void {
  const href = hrefOf(route);
  if (window.location.hash !== href) window.location.hash = href;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const currentHash = () => window.location.hash;

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, currentHash, currentHash);
  return useMemo(() => parseRoute(hash), [hash]);
}

/** The sidebar entry a route belongs to (an activity page is under Activities). */
export function sectionOf(
  route: Route,
):
  | 'dashboard'
  | 'activities'
  | 'drafts'
  | 'credentials'
  | 'rule-packs'
  | 'packet'
  | 'audits'
  | 'plan'
  | 'trash' {
  switch (route.page) {
    case 'activity':
      return route.fromPlanned !== undefined ? 'plan' : 'activities';
    case 'credential':
      return 'credentials';
    default:
      return route.page;
  }
}
