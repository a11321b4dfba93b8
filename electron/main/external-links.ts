import { translator } from '../../src/domain/i18n/translator';
import type { Say } from './dialog-words';
/**
 * Which links the app opens in the browser straight away: https only, and only on the
 * certifying bodies' and well-known CE providers' own sites. Every other https link is
 * shown to the person with its full address first (links in custom rule packs, notes or
 * anything else the app did not write itself can point anywhere). Anything that is not
 * https is never opened.
 */
export const trustedLinkDomains = [
  'aama-ntl.org', // AAMA (CMA)
  'americanmedtech.org', // AMT (RMA)
  'nhanow.com', // NHA (CCMA)
  'ncctinc.com', // NCCT (NCMA)
  'amca1.org', // AMCA (CMAC)
  'relias.com', // Relias Academy
  'reliasacademy.com',
] as const;

export type LinkDecision =
  { action: 'open'; url: string } | { action: 'confirm'; url: string } | { action: 'refuse' };

export function decideExternalLink(url: string): LinkDecision {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { action: 'refuse' };
  }
  if (parsed.protocol !== 'https:') return { action: 'refuse' };
  // A user name in a link ("https://aama-ntl.org@elsewhere.example") is a classic disguise.
  if (parsed.username || parsed.password) return { action: 'confirm', url: parsed.href };
  const host = parsed.hostname.toLowerCase();
  const trusted =
    parsed.port === '' && trustedLinkDomains.some((domain) => host === domain || host.endsWith(`.${domain}`));
  return { action: trusted ? 'open' : 'confirm', url: parsed.href };
}

/** The question shown before opening a link that is not on the list. */
export function confirmLinkMessage(url: string, say: Say = translator('en')) {
  return {
    type: 'question' as const,
    title: say('dialogs.linkTitle'),
    message: say('dialogs.linkMessage'),
    detail: say('dialogs.linkDetail', { url }),
    buttons: [say('dialogs.linkCancel'), say('dialogs.linkOpen')],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  };
}
