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
export function confirmLinkMessage(url: string) {
  return {
    type: 'question' as const,
    title: 'Open this link?',
    message: 'This link goes to a website CEU Portfolio does not know.',
    detail: `It will open in your web browser:\n\n${url}\n\nOpen it only if you trust this address.`,
    buttons: ['Cancel', 'Open in browser'],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  };
}
