/**
 * The certificates of the reading corpus: each layout's lines and the true fields, so the
 * accuracy bench can compare what `readCertificateFile` proposes with what is printed.
 * The values are made up; the layouts follow real course sites, CPR eCards, conference
 * letters, AAMA CEU certificates and college transcripts.
 */
export interface Truth {
  holderName: string | null;
  title: string | null;
  provider: string | null;
  completedOn: string | null;
  credits: { amount: number; unit: string; category: string | null }[] | null;
  durationMinutes: number | null;
  approvingBody: string | null;
  approvalNumber: string | null;
  certificateNumber: string | null;
  kind: string | null;
}

export interface CorpusCertificate {
  id: string;
  lines: string[];
  truth: Truth;
}

const people = [
  'Maria Lopez',
  'James Carter',
  'Ana María Ruiz',
  'Kevin T. Brooks',
  'Priya Shah',
  "Sean O'Brien",
];
const courses = [
  'Infection Control in the Ambulatory Setting',
  'HIPAA Privacy for Front Office Staff',
  'Phlebotomy Update 2026',
  'Pediatric Immunization Schedules',
  'Coding Basics for ICD-10-CM',
];
const providers = [
  'MedEd Online Learning',
  'Compliance Academy',
  'Valley Health Education',
  'CareTrain Institute',
];

const long = (iso: string) =>
  new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-US', {
    month: 'long',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  });
const slash = (iso: string) => `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}`;
const dmy = (iso: string) =>
  `${Number(iso.slice(8, 10))}-${new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-US', { month: 'short', timeZone: 'UTC' })}-${iso.slice(0, 4)}`;

const blank: Truth = {
  holderName: null,
  title: null,
  provider: null,
  completedOn: null,
  credits: null,
  durationMinutes: null,
  approvingBody: null,
  approvalNumber: null,
  certificateNumber: null,
  kind: null,
};

type Layout = (i: number) => CorpusCertificate;

const layouts: Layout[] = [
  (i) => {
    const [name, title, provider] = [people[i % 6]!, courses[i % 5]!, providers[i % 4]!];
    const date = `2026-0${(i % 9) + 1}-1${i % 10}`;
    const category = ['clinical', 'administrative', 'general'][i % 3]!;
    return {
      id: `aama-${i}`,
      lines: [
        'Certificate of Completion',
        'This certifies that',
        `${name}, CMA (AAMA)`,
        'has successfully completed',
        title,
        `Provider: ${provider}`,
        `Date of Completion: ${long(date)}`,
        'This program has been granted prior approval by the',
        `American Association of Medical Assistants (AAMA) for ${(i % 3) + 1} AAMA CEUs ${category[0]!.toUpperCase()}${category.slice(1)}`,
        `Approval Number: ${170000 + i * 37}`,
        `Certificate No: MEO-2026-${String(i).padStart(4, '0')}`,
      ],
      truth: {
        ...blank,
        holderName: name,
        title,
        provider,
        completedOn: date,
        credits: [{ amount: (i % 3) + 1, unit: 'aama_ceu', category }],
        approvingBody: 'American Association of Medical Assistants (AAMA)',
        approvalNumber: String(170000 + i * 37),
        certificateNumber: `MEO-2026-${String(i).padStart(4, '0')}`,
      },
    };
  },
  (i) => {
    const name = people[(i + 1) % 6]!;
    const date = `2025-1${i % 3}-0${(i % 8) + 1}`;
    const code = `24${i}F9H7K${i}P`;
    return {
      id: `bls-${i}`,
      lines: [
        'American Heart Association',
        'BLS Provider',
        'eCard',
        `Name: ${name}`,
        `Issue Date: ${slash(date)}`,
        `Recommended Renewal Date: ${date.slice(5, 7)}/${Number(date.slice(0, 4)) + 2}`,
        'Training Center: Valley CPR Training',
        `eCard Code: ${code}`,
      ],
      truth: { ...blank, holderName: name, completedOn: date, certificateNumber: code, kind: 'cpr_card' },
    };
  },
  (i) => {
    const name = people[(i + 2) % 6]!;
    const date = `2026-10-${10 + (i % 15)}`;
    const hours = [6.5, 12, 4][i % 3]!;
    return {
      id: `conference-${i}`,
      lines: [
        'Certificate of Attendance',
        'Presented to',
        name,
        `for attending the ${date.slice(0, 4)} Annual Medical Assistant Conference`,
        `Date attended: ${dmy(date)}`,
        'Sponsored by: Texas Society of Medical Assistants',
        `${hours} contact hours`,
      ],
      truth: {
        ...blank,
        holderName: name,
        completedOn: date,
        provider: 'Texas Society of Medical Assistants',
        credits: [{ amount: hours, unit: 'contact_hour', category: null }],
        kind: 'conference',
      },
    };
  },
  (i) => {
    const name = people[(i + 3) % 6]!;
    const title = ['Medical Terminology II', 'Anatomy and Physiology I', 'Pharmacology for Allied Health'][
      i % 3
    ]!;
    return {
      id: `transcript-${i}`,
      lines: [
        'Official Transcript',
        'Riverside Community College',
        `Student Name: ${name}`,
        'Fall Semester 2025',
        `Course: ${title}`,
        `Credit Hours: ${(i % 2) + 3} semester credit hours`,
        'Grade: A',
        'Date: 12/12/2025',
      ],
      truth: {
        ...blank,
        holderName: name,
        title,
        completedOn: '2025-12-12',
        credits: [{ amount: (i % 2) + 3, unit: 'college_credit', category: null }],
        kind: 'college_course',
      },
    };
  },
  (i) => {
    const [name, title, provider] = [people[(i + 4) % 6]!, courses[(i + 1) % 5]!, providers[(i + 1) % 4]!];
    const date = `2026-01-0${(i % 9) + 1}`;
    return {
      id: `iacet-${i}`,
      lines: [
        'CERTIFICATE',
        `Awarded to: ${name}`,
        `Course Title: ${title}`,
        `Completed: ${long(date).replace(/^(\w{3})\w*/, '$1')}`,
        `Duration: ${(i % 3) + 1} hours`,
        `${((i % 3) + 1) / 10} IACET CEUs`,
        `Issued by: ${provider}`,
      ],
      truth: {
        ...blank,
        holderName: name,
        title,
        provider,
        completedOn: date,
        durationMinutes: ((i % 3) + 1) * 60,
        credits: [{ amount: ((i % 3) + 1) / 10, unit: 'iacet_ceu', category: null }],
      },
    };
  },
  (i) => {
    const [name, title] = [people[(i + 5) % 6]!, courses[(i + 2) % 5]!];
    const date = `2026-05-2${i % 9}`;
    return {
      id: `amt-${i}`,
      lines: [
        'AMT STEP Certificate',
        `Participant: ${name}`,
        `Program: ${title}`,
        `CCP Points: ${(i % 4) + 0.5}`,
        `Date Completed: ${date}`,
        `Certificate #: STEP-${8800 + i}`,
      ],
      truth: {
        ...blank,
        holderName: name,
        title,
        completedOn: date,
        credits: [{ amount: (i % 4) + 0.5, unit: 'amt_ccp_point', category: null }],
        certificateNumber: `STEP-${8800 + i}`,
      },
    };
  },
];

/** 30 certificates: five of each layout. */
export function corpusCertificates(): CorpusCertificate[] {
  const all: CorpusCertificate[] = [];
  for (let i = 0; i < 5; i += 1) for (const layout of layouts) all.push(layout(i));
  return all;
}
