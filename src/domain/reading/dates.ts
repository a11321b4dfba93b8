/**
 * Dates as certificates print them, turned into YYYY-MM-DD. Only unambiguous US forms
 * are read (month first for numeric dates); anything else is left unread rather than
 * guessed.
 */

const months: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const monthName =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

export interface FoundDate {
  iso: string;
  /** The words it was read from. */
  source: string;
  index: number;
}

const patterns: { re: RegExp; parts: (m: RegExpExecArray) => [number, number, number] | null }[] = [
  // March 3, 2026 / Mar. 3 2026 / March 3rd, 2026
  {
    re: new RegExp(`\\b${monthName}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'gi'),
    parts: (m) => [Number(m[3]), months[m[1]!.toLowerCase().slice(0, 3)]!, Number(m[2])],
  },
  // 3 March 2026 / 3-Mar-2026 / 03-MAR-26
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?[\\s-]+${monthName}[\\s,-]+(\\d{4}|\\d{2})\\b`, 'gi'),
    parts: (m) => [year(m[3]!), months[m[2]!.toLowerCase().slice(0, 3)]!, Number(m[1])],
  },
  // 2026-03-03
  {
    re: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    parts: (m) => [Number(m[1]), Number(m[2]), Number(m[3])],
  },
  // 03/03/2026, 3/3/26, 03-03-2026, 03.03.2026
  {
    re: /\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})\b/g,
    parts: (m) => [year(m[4]!), Number(m[1]), Number(m[3])],
  },
];

function year(text: string): number {
  const n = Number(text);
  return text.length === 2 ? 2000 + n : n;
}

function valid(y: number, m: number, d: number): boolean {
  if (y < 1950 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

/** Every date in the text, in the order they appear. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  const taken: [number, number][] = [];
  for (const { re, parts } of patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      const p = parts(m);
      if (!p || !valid(...p)) continue;
      taken.push([start, end]);
      const [y, mo, d] = p;
      found.push({
        iso: `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
        source: m[0],
        index: start,
      });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}
