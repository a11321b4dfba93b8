import type { ActivityKind } from '../portfolio';
import type { Unit } from '../units';
import { findDates } from './dates';

/** A value read from a certificate: how sure the parser is, and the words it came from. */
export interface ReadField<T> {
  value: T;
  /** 0..1; 0.9 and above means the words said it plainly (a label next to the value). */
  confidence: number;
  source: string;
}

export interface ReadCredit {
  amount: number;
  unit: Unit;
  /** A category key (administrative, clinical, general) or null when none is printed. */
  category: string | null;
}

export interface CertificateFields {
  holderName: ReadField<string> | null;
  title: ReadField<string> | null;
  provider: ReadField<string> | null;
  completedOn: ReadField<string> | null;
  credits: ReadField<ReadCredit[]> | null;
  durationMinutes: ReadField<number> | null;
  approvingBody: ReadField<string> | null;
  approvalNumber: ReadField<string> | null;
  certificateNumber: ReadField<string> | null;
  kind: ReadField<ActivityKind> | null;
}

const clean = (s: string) =>
  s
    .replace(/\s+/g, ' ')
    .replace(/^[\s:,.-]+|[\s:,.]+$/g, '')
    .trim();

function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l !== '');
}

/** The value after a label on the same line ("Name: Ana Ruiz"), or on the next line. */
function labelled(ls: string[], label: RegExp): { value: string; source: string } | null {
  for (let i = 0; i < ls.length; i += 1) {
    const m = label.exec(ls[i]!);
    if (!m) continue;
    const rest = clean(ls[i]!.slice(m.index + m[0].length));
    if (rest !== '') return { value: rest, source: ls[i]! };
    const next = ls[i + 1];
    if (next !== undefined) return { value: clean(next), source: `${ls[i]!}\n${next}` };
  }
  return null;
}

const nameWord = "[A-Z][a-zA-Z'\u00C0-\u017F-]+\\.?";
const personName = new RegExp(
  `^(?:${nameWord}|[A-Z]\\.)(?: (?:${nameWord}|[A-Z]\\.)){1,4}(?:,? (?:CMA|RMA|CCMA|NCMA|RN|LPN|CPT)(?: \\(AAMA\\))?)?$`,
);

function holderName(ls: string[]): ReadField<string> | null {
  const byLabel = labelled(
    ls,
    /\b(?:participant|student|attendee|learner|holder|recipient|awarded to|name)\s*(?:name)?\s*:/i,
  );
  if (byLabel && personName.test(byLabel.value))
    return { value: stripCredential(byLabel.value), confidence: 0.95, source: byLabel.source };
  for (let i = 0; i < ls.length - 1; i += 1) {
    if (
      /\b(?:certif(?:y|ies)(?: that)?|presented to|awarded to|granted to|recognizes|issued to)\s*:?\s*$/i.test(
        ls[i]!,
      )
    ) {
      const candidate = ls[i + 1]!;
      if (personName.test(candidate))
        return { value: stripCredential(candidate), confidence: 0.92, source: `${ls[i]!}\n${candidate}` };
    }
    const inline =
      /\b(?:certif(?:y|ies) that|presented to|awarded to|issued to)\s+(.+?)(?:\s+(?:has|successfully|attended|completed)\b.*)?$/i.exec(
        ls[i]!,
      );
    if (inline && personName.test(clean(inline[1]!)))
      return { value: stripCredential(clean(inline[1]!)), confidence: 0.9, source: ls[i]! };
  }
  return null;
}

function stripCredential(name: string): string {
  return name.replace(/,? (?:CMA|RMA|CCMA|NCMA|RN|LPN|CPT)(?: \(AAMA\))?$/, '');
}

function title(ls: string[]): ReadField<string> | null {
  const byLabel = labelled(
    ls,
    /\b(?:course|program|activity|session|event|conference)\s*(?:title|name)?\s*:/i,
  );
  if (byLabel && byLabel.value.length > 3)
    return { value: stripQuotes(byLabel.value), confidence: 0.93, source: byLabel.source };
  const byLabel2 = labelled(ls, /^title\s*:/i);
  if (byLabel2) return { value: stripQuotes(byLabel2.value), confidence: 0.93, source: byLabel2.source };
  for (let i = 0; i < ls.length - 1; i += 1) {
    if (
      /\b(?:completed|completion of|attended|participated in|for(?: the)? successful(?:ly)? complet\w+(?: of)?)\s*(?:the (?:course|program|activity|session))?:?\s*$/i.test(
        ls[i]!,
      )
    ) {
      const candidate = stripQuotes(clean(ls[i + 1]!));
      if (candidate.length > 3 && !findDates(candidate).length)
        return { value: candidate, confidence: 0.88, source: `${ls[i]!}\n${ls[i + 1]!}` };
    }
  }
  const quoted = ls.map((l) => /[“"]([^”"]{4,})[”"]/.exec(l)).find((m) => m);
  if (quoted) return { value: quoted[1]!.trim(), confidence: 0.8, source: quoted[0] };
  return null;
}

const stripQuotes = (s: string) => s.replace(/^[“"']+|[”"']+$/g, '').trim();

function provider(ls: string[]): ReadField<string> | null {
  // Bare words ("Provider", "Sponsor") only as a label with a colon: "BLS Provider" is a card's title.
  const byLabel = labelled(
    ls,
    /\b(?:(?:provided|presented|sponsored|offered|issued) by\s*:?|(?:provider|sponsor|organization|institution)\s*:)/i,
  );
  if (byLabel && byLabel.value.length > 2 && !/^(?:name|number)\b/i.test(byLabel.value))
    return { value: byLabel.value.replace(/\s*\(.*?\)\s*$/, ''), confidence: 0.92, source: byLabel.source };
  return null;
}

function completedOn(text: string, ls: string[]): ReadField<string> | null {
  const labelRe =
    /\b(?:date of completion|completion date|completed on|completed|date completed|date of (?:course|activity|attendance|event)|date attended|issue date|issued|date|awarded on|on)\s*:?\s*/i;
  for (const line of ls) {
    const m = labelRe.exec(line);
    if (!m) continue;
    if (
      /\b(?:expir|renew|recommended renewal|valid until|birth)/i.test(
        line.slice(0, m.index + m[0].length + 25),
      )
    )
      continue;
    const dates = findDates(line.slice(m.index));
    if (dates.length) {
      const strong = /complet|attend|awarded|date of/i.test(m[0]);
      return { value: dates[0]!.iso, confidence: strong ? 0.95 : 0.85, source: line };
    }
  }
  const all = findDates(text).filter((d) => {
    const around = text.slice(Math.max(0, d.index - 30), d.index).toLowerCase();
    return !/expir|renew|valid until|birth|print/.test(around);
  });
  if (all.length === 1) return { value: all[0]!.iso, confidence: 0.75, source: all[0]!.source };
  return null;
}

const unitPatterns: { re: RegExp; unit: Unit }[] = [
  { re: /AAMA[\s-]*(?:approved\s+)?CEUs?/i, unit: 'aama_ceu' },
  { re: /IACET[\s-]*CEUs?/i, unit: 'iacet_ceu' },
  { re: /CCP\s*points?|AMT\s*(?:CCP\s*)?points?/i, unit: 'amt_ccp_point' },
  { re: /NHA\s*CE\s*credits?/i, unit: 'nha_ce_credit' },
  { re: /AMCA\s*CE\s*credits?/i, unit: 'amca_ce_credit' },
  {
    re: /AMA\s*PRA\s*Category\s*1\s*Credits?(?:\u2122|TM)?|CME\s*(?:credits?|hours?)/i,
    unit: 'cme_category_1',
  },
  {
    re: /(?:semester|quarter)?\s*credit\s*hours?|college\s*credits?|semester\s*credits?/i,
    unit: 'college_credit',
  },
  { re: /clock\s*hours?/i, unit: 'clock_hour' },
  { re: /contact\s*hours?|\bCE\s*hours?|\bCEHs?\b/i, unit: 'contact_hour' },
];

function credits(text: string): ReadField<ReadCredit[]> | null {
  const found: ReadCredit[] = [];
  const sources: string[] = [];
  for (const line of lines(text)) {
    for (const { re, unit } of unitPatterns) {
      const g = new RegExp(
        `(\\d+(?:\\.\\d+)?)\\s*(?:\\(\\s*\\d+(?:\\.\\d+)?\\s*\\)\\s*)?(?:${re.source})`,
        'gi',
      );
      let m = g.exec(line);
      if (!m) {
        const after = new RegExp(
          `(?:${re.source})(?:\\s*(?:awarded|earned|credit|value))?\\s*[:=]\\s*(\\d+(?:\\.\\d+)?)`,
          'i',
        ).exec(line);
        if (!after) continue;
        m = after;
      }
      const amount = Number(m[1]);
      if (!(amount > 0) || amount > 200) continue;
      if (unit === 'college_credit' && !/college|semester|quarter|transcript|credit hours?/i.test(line))
        continue;
      if (found.some((c) => c.unit === unit && c.amount === amount)) continue;
      // A "contact hour" match inside an already-read AAMA or CME line is the same credit.
      if (unit === 'contact_hour' && found.length && sources.includes(line)) continue;
      found.push({ amount, unit, category: category(line, text) });
      sources.push(line);
      break;
    }
  }
  if (!found.length) return null;
  return { value: found, confidence: 0.92, source: sources.join('\n') };
}

function category(line: string, text: string): string | null {
  const m = /\b(administrative|clinical|general)\b/i.exec(line);
  if (m) return m[1]!.toLowerCase();
  const labelled =
    /\b(?:category|content area|credit type|type)\s*:\s*(administrative|clinical|general)\b/i.exec(text);
  return labelled ? labelled[1]!.toLowerCase() : null;
}

function durationMinutes(text: string): ReadField<number> | null {
  const m =
    /\b(?:duration|length|time|course length|total time)\s*:?\s*(\d+(?:\.\d+)?)\s*(hours?|hrs?|minutes?|mins?)\b(?:\s*(?:and\s*)?(\d+)\s*(?:minutes?|mins?))?/i.exec(
      text,
    ) ?? /\b(\d+)\s*(minutes?|mins?)\b/i.exec(text);
  if (!m) return null;
  const amount = Number(m[1]);
  let minutes = /^h/i.test(m[2]!) ? amount * 60 : amount;
  if (m[3]) minutes += Number(m[3]);
  if (!(minutes > 0) || minutes > 100_000) return null;
  return { value: Math.round(minutes), confidence: 0.9, source: m[0] };
}

const bodies: { re: RegExp; name: string }[] = [
  {
    re: /American Association of Medical Assistants|\bAAMA\b/,
    name: 'American Association of Medical Assistants (AAMA)',
  },
  { re: /\bIACET\b|International Accreditors for Continuing Education/, name: 'IACET' },
  { re: /American Heart Association/, name: 'American Heart Association' },
  { re: /American Red Cross/, name: 'American Red Cross' },
  { re: /\bACCME\b|Accreditation Council for Continuing Medical Education/, name: 'ACCME' },
  { re: /American Medical Technologists|\bAMT\b/, name: 'American Medical Technologists (AMT)' },
  { re: /National Healthcareer Association|\bNHA\b/, name: 'National Healthcareer Association (NHA)' },
  { re: /\bANCC\b|American Nurses Credentialing Center/, name: 'ANCC' },
];

function approvingBody(text: string): ReadField<string> | null {
  const ls = lines(text);
  for (let i = 0; i < ls.length; i += 1) {
    if (!/approv|accredit|recogniz/i.test(ls[i]!)) continue;
    // "…granted prior approval by the" often ends a line, with the body's name on the next.
    const source = /\b(?:by|from)(?: the)?$/i.test(ls[i]!) && ls[i + 1] ? `${ls[i]!}\n${ls[i + 1]!}` : ls[i]!;
    for (const { re, name } of bodies) if (re.test(source)) return { value: name, confidence: 0.9, source };
  }
  return null;
}

function approvalNumber(ls: string[]): ReadField<string> | null {
  for (const line of ls) {
    const m =
      /\b(?:approval|program|course|activity|provider)\s*(?:no\.?|number|#|code|id)\s*:?\s*#?\s*([A-Z0-9][A-Z0-9-]{2,})\b/i.exec(
        line,
      );
    if (m && /\d/.test(m[1]!)) return { value: m[1]!, confidence: 0.92, source: line };
    const m2 = /\bapproved for .*?(?:#|no\.?|number)\s*([A-Z0-9][A-Z0-9-]{2,})/i.exec(line);
    if (m2 && /\d/.test(m2[1]!)) return { value: m2[1]!, confidence: 0.9, source: line };
  }
  return null;
}

function certificateNumber(ls: string[]): ReadField<string> | null {
  for (const line of ls) {
    const m =
      /\b(?:certificate|cert\.?|ecard|card|verification|transcript)\s*(?:no\.?|number|#|code|id)\s*:?\s*#?\s*([A-Z0-9][A-Z0-9-]{3,})\b/i.exec(
        line,
      );
    if (m && /\d/.test(m[1]!)) return { value: m[1]!, confidence: 0.93, source: line };
  }
  return null;
}

function kind(text: string): ReadField<ActivityKind> | null {
  const rules: { re: RegExp; kind: ActivityKind; confidence: number }[] = [
    {
      re: /\b(?:BLS|Basic Life Support|CPR|ACLS|PALS|Heartsaver|eCard)\b/i,
      kind: 'cpr_card',
      confidence: 0.92,
    },
    { re: /\btranscript\b|\bsemester\b|\bcollege\b.*\bgrade\b/i, kind: 'college_course', confidence: 0.9 },
    {
      re: /\bconference\b|\bannual (?:meeting|convention)\b|\bsymposium\b/i,
      kind: 'conference',
      confidence: 0.85,
    },
    { re: /\bworkshop\b/i, kind: 'workshop', confidence: 0.85 },
    { re: /\bseminar\b/i, kind: 'seminar', confidence: 0.85 },
    {
      re: /\bwebinar\b|\bonline (?:course|module|program)\b|\be-?learning\b/i,
      kind: 'online_course',
      confidence: 0.8,
    },
    { re: /\bself[- ]study\b/i, kind: 'self_study', confidence: 0.8 },
  ];
  for (const r of rules) {
    const m = r.re.exec(text);
    if (m) return { value: r.kind, confidence: r.confidence, source: lineAt(text, m.index) };
  }
  return null;
}

function lineAt(text: string, index: number): string {
  const start = text.lastIndexOf('\n', index) + 1;
  const end = text.indexOf('\n', index);
  return text.slice(start, end === -1 ? undefined : end).trim();
}

/** Proposes a certificate's fields from its text. A field it cannot find is null. */
export function readCertificateFields(text: string): CertificateFields {
  const ls = lines(text);
  return {
    holderName: holderName(ls),
    title: title(ls),
    provider: provider(ls),
    completedOn: completedOn(text, ls),
    credits: credits(text),
    durationMinutes: durationMinutes(text),
    approvingBody: approvingBody(text),
    approvalNumber: approvalNumber(ls),
    certificateNumber: certificateNumber(ls),
    kind: kind(text),
  };
}
