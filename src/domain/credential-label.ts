/** How a credential is named everywhere: the window, the CLI and the packet. */

interface NamedCredential {
  /** "CMA" */
  credential: string;
  /** "AAMA" */
  body: string;
  /** "Certified Medical Assistant" */
  name: string;
}

/** "CMA (AAMA) — Certified Medical Assistant". */
export function credentialLabel(of: NamedCredential): string {
  return `${credentialShortLabel(of)} — ${of.name}`;
}

/** "CMA (AAMA)": the short form for tight places. */
export function credentialShortLabel(of: Pick<NamedCredential, 'credential' | 'body'>): string {
  return `${of.credential} (${of.body})`;
}
