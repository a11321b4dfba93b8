import { describe, expect, it } from 'vitest';
import { readCertificateFields } from '../../../src/domain/reading/certificate-fields';
import { findDates } from '../../../src/domain/reading/dates';

type Expected = Partial<{
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
}>;

const cases: { name: string; text: string; expected: Expected }[] = [
  {
    name: 'an AAMA-approved online course certificate',
    text: `Certificate of Completion
This certifies that
Maria Lopez, CMA (AAMA)
has successfully completed
Infection Control in the Ambulatory Setting
Provider: MedEd Online Learning
Date of Completion: March 3, 2026
This program has been granted prior approval by the American Association of Medical Assistants (AAMA)
for 2 AAMA CEUs Clinical
Approval Number: 123456
Certificate No: MEO-2026-0042`,
    expected: {
      holderName: 'Maria Lopez',
      title: 'Infection Control in the Ambulatory Setting',
      provider: 'MedEd Online Learning',
      completedOn: '2026-03-03',
      credits: [{ amount: 2, unit: 'aama_ceu', category: 'clinical' }],
      approvingBody: 'American Association of Medical Assistants (AAMA)',
      approvalNumber: '123456',
      certificateNumber: 'MEO-2026-0042',
    },
  },
  {
    name: 'an American Heart Association BLS eCard',
    text: `American Heart Association
BLS Provider
eCard
Name: James O'Neil
Issue Date: 02/14/2026
Recommended Renewal Date: 02/2028
Training Center: Valley CPR Training
eCard Code: 2X4F9H7K1P`,
    expected: {
      holderName: "James O'Neil",
      completedOn: '2026-02-14',
      kind: 'cpr_card',
      certificateNumber: '2X4F9H7K1P',
      credits: null,
      provider: null,
    },
  },
  {
    name: 'a conference attendance letter with numeric dates and contact hours',
    text: `Certificate of Attendance
Presented to
Ana María Ruiz
for attending the 2026 Annual Medical Assistant Conference
Date attended: 10-17-2026
Sponsored by: Texas Society of Medical Assistants
6.5 contact hours`,
    expected: {
      holderName: 'Ana María Ruiz',
      completedOn: '2026-10-17',
      provider: 'Texas Society of Medical Assistants',
      credits: [{ amount: 6.5, unit: 'contact_hour', category: null }],
      kind: 'conference',
    },
  },
  {
    name: 'a college transcript line',
    text: `Official Transcript
Student Name: Kevin T. Brooks
Fall Semester 2025
Course: Medical Terminology II
Credit Hours: 3 semester credit hours
Date: 12-Dec-2025`,
    expected: {
      holderName: 'Kevin T. Brooks',
      title: 'Medical Terminology II',
      credits: [{ amount: 3, unit: 'college_credit', category: null }],
      completedOn: '2025-12-12',
      kind: 'college_course',
    },
  },
  {
    name: 'an IACET CEU course with a duration in hours',
    text: `Certificate
Awarded to: Priya Shah
Course Title: HIPAA Privacy for Front Office Staff
Completed: Jan 9, 2026
Duration: 2 hours
0.2 IACET CEUs
Issued by: Compliance Academy`,
    expected: {
      holderName: 'Priya Shah',
      title: 'HIPAA Privacy for Front Office Staff',
      completedOn: '2026-01-09',
      durationMinutes: 120,
      credits: [{ amount: 0.2, unit: 'iacet_ceu', category: null }],
      provider: 'Compliance Academy',
    },
  },
  {
    name: 'an AMT CCP points certificate with the amount after its label',
    text: `AMT STEP Certificate
Participant: Luis Fernández
Program: Phlebotomy Update
CCP Points: 1.5
Date Completed: 2026-05-20`,
    expected: {
      holderName: 'Luis Fernández',
      title: 'Phlebotomy Update',
      credits: [{ amount: 1.5, unit: 'amt_ccp_point', category: null }],
      completedOn: '2026-05-20',
    },
  },
  {
    name: 'an approval statement whose body is named on the next line',
    text: `Certificate of Completion
Awarded to: Sean O'Brien
This program has been granted prior approval by the
American Association of Medical Assistants (AAMA) for 1 AAMA CEU General`,
    expected: {
      holderName: "Sean O'Brien",
      approvingBody: 'American Association of Medical Assistants (AAMA)',
      credits: [{ amount: 1, unit: 'aama_ceu', category: 'general' }],
      provider: null,
    },
  },
  {
    name: 'a page with nothing to read',
    text: `Thank you for your purchase!
Your receipt is attached.`,
    expected: {
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
    },
  },
];

describe('readCertificateFields', () => {
  for (const c of cases) {
    it(`reads ${c.name}`, () => {
      const fields = readCertificateFields(c.text);
      for (const [key, value] of Object.entries(c.expected)) {
        const field = fields[key as keyof typeof fields];
        if (value === null) expect(field, key).toBeNull();
        else {
          expect(field?.value, key).toEqual(value);
          expect(field!.confidence).toBeGreaterThan(0);
          expect(field!.confidence).toBeLessThanOrEqual(1);
          expect(field!.source.length, `${key} source`).toBeGreaterThan(0);
        }
      }
    });
  }

  it('never proposes a value whose source is not in the text', () => {
    for (const c of cases) {
      const fields = readCertificateFields(c.text);
      for (const field of Object.values(fields)) {
        if (field) for (const line of field.source.split('\n')) expect(c.text).toContain(line.trim());
      }
    }
  });
});

describe('findDates', () => {
  it.each([
    ['March 3, 2026', '2026-03-03'],
    ['Mar. 3 2026', '2026-03-03'],
    ['3rd March 2026', '2026-03-03'],
    ['03/03/2026', '2026-03-03'],
    ['3/3/26', '2026-03-03'],
    ['3-Mar-2026', '2026-03-03'],
    ['2026-03-03', '2026-03-03'],
    ['September 30th, 2025', '2025-09-30'],
  ])('reads %s', (text, iso) => {
    expect(findDates(`Completed ${text}.`).map((d) => d.iso)).toEqual([iso]);
  });

  it('reads no impossible date', () => {
    expect(findDates('02/30/2026 and 13/01/2026')).toEqual([]);
  });
});
