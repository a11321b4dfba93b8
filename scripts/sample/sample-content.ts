import type { ExchangeActivity, PortfolioFileInput } from '../../src/core/exchange/format';

/**
 * What the sample portfolio holds, in the exchange format, plus how each certificate
 * looks (the activities are in sample-activities.ts). Used only by scripts/make-sample.ts; the app reads the generated
 * resources/sample/portfolio.json. It is written to show what the app does: a CMA
 * (AAMA) about three years into its five-year cycle with credit in every category,
 * AAMA-approved and outside providers, a CPR card (front and back), a 45-minute course
 * that does not count, one course from before the cycle, and courses claimed for both
 * credentials.
 */

export const sampleHolder = {
  fullName: 'Maria Nguyễn',
  email: 'maria.nguyen@example.org',
  phone: '(217) 555-0142',
  address: '418 Maple Avenue, Springfield, IL 62704',
  memberNumbers: [
    { body: 'AAMA', number: 'AAMA-0418822' },
    { body: 'NHA', number: 'NHA-77310592' },
  ],
};

export const sampleCredentials: NonNullable<PortfolioFileInput['credentials']> = [
  {
    ref: 'cma',
    rulePackId: 'aama-cma',
    credentialNumber: 'CMA-2310-4471',
    certifiedOn: '2023-10-14',
    notes: 'Passed the CMA (AAMA) exam in October 2023.',
  },
  {
    ref: 'ccma',
    rulePackId: 'nha-ccma',
    credentialNumber: 'CCMA-25-118402',
    certifiedOn: '2025-02-20',
    notes: 'Added when the clinic started drawing blood in-house.',
  },
];

/** How a certificate looks: a PDF from the provider, a phone photo, a CPR card, a screenshot. */
export type CertificateLook =
  | { look: 'pdf' }
  | { look: 'photo'; exifRotated: boolean }
  | { look: 'cpr-card'; side: 'front' | 'back'; exifRotated: boolean }
  | { look: 'screenshot' };

export interface SampleCertificate {
  /** The file name in resources/sample/certificates. */
  file: string;
  /** The name it had when it was attached (as a download or a phone photo would be named). */
  fileName: string;
  look: CertificateLook;
}

export type SampleActivity = Omit<ExchangeActivity, 'certificates'> & { certificates: SampleCertificate[] };
