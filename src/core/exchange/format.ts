import { z } from 'zod';
import { cycleEndingSchema } from '../../domain/cycle-history';
import {
  activityInputSchema,
  credentialInputSchema,
  holderSchema,
  isoDateSchema,
} from '../../domain/portfolio';
import { rulePackSchema } from '../../domain/rule-pack';

/**
 * The portfolio exchange format: one JSON file plus the certificate files it names,
 * documented in docs/portfolio-json.md and published as docs/portfolio.schema.json.
 * Fields are written in the user's words and mirror the app's own records, so a file a
 * person (or a script) writes by hand validates against the same rules as the app.
 *
 * Objects are strict: a misspelt field ("completed_on") is reported, not silently
 * dropped, because a dropped field is credit the person thinks they imported.
 */

export const exchangeFormatName = 'ceu-portfolio';
export const exchangeFormatVersion = 1;

/** A credential's id inside the file, so activities can name it before it has a database id. */
export const credentialRefSchema = z
  .string()
  .trim()
  .min(1, 'Give the credential a ref (a short name such as "cma").')
  .max(60, 'Keep a ref under 60 characters.')
  .meta({
    description: 'A name for this credential inside the file; activities list it under "credentials".',
  });

export const certificateFileSchema = z
  .object({
    file: z.string().trim().min(1, 'Give the path of the certificate file.').max(1000).meta({
      description:
        'Path of the certificate file, relative to the JSON file (forward slashes work everywhere).',
    }),
    fileName: z.string().trim().max(500).optional().meta({
      description: 'The name the file had when it was attached; defaults to the last part of "file".',
    }),
  })
  .strict();
export type CertificateFileEntry = z.infer<typeof certificateFileSchema>;

/**
 * One finished cycle. Its evaluation is not in the file: the importing app works it out
 * again from the activities in the file, as the cycle stood on its last day in effect.
 */
export const exchangePastCycleSchema = z
  .object({
    startedOn: isoDateSchema.meta({ description: 'The first day of the finished cycle.' }),
    endedOn: isoDateSchema.meta({
      description: 'The last day of the finished cycle as it stood (its expiry).',
    }),
    ending: cycleEndingSchema.meta({
      description: 'How it ended: renewed (in time), reactivated_exam or reactivated_ce (after a lapse).',
    }),
    statedOn: isoDateSchema.meta({ description: 'The day the holder renewed or reactivated.' }),
    nextStartedOn: isoDateSchema.meta({ description: 'The first day of the cycle that followed.' }),
  })
  .strict()
  .refine((cycle) => cycle.startedOn < cycle.nextStartedOn && cycle.startedOn < cycle.statedOn, {
    error: 'A finished cycle must start before the day it was renewed and before the next cycle starts.',
  });
export type ExchangePastCycle = z.output<typeof exchangePastCycleSchema>;

export const exchangeCredentialSchema = credentialInputSchema
  .extend({
    ref: credentialRefSchema,
    pastCycles: z
      .array(exchangePastCycleSchema)
      .max(100)
      .optional()
      .refine(
        (cycles) =>
          (cycles ?? []).every((cycle, i, all) => i === 0 || all[i - 1]!.nextStartedOn === cycle.startedOn),
        {
          error:
            'List the finished cycles oldest first, each starting on the day the one before it was followed.',
        },
      )
      .meta({
        description:
          "The credential's finished cycles, oldest first (each starts where the one before it ended).",
      }),
  })
  .strict()
  .meta({
    description: 'A credential the holder keeps current, with the rule pack that says how it renews.',
  });
export type ExchangeCredential = z.output<typeof exchangeCredentialSchema>;

export const exchangeActivitySchema = activityInputSchema
  .omit({ credentialIds: true, certificateHashes: true })
  .extend({
    credentials: z
      .array(credentialRefSchema)
      .max(50)
      .default([])
      .meta({ description: 'Refs of the credentials this activity is claimed for.' }),
    certificates: z.array(certificateFileSchema).max(50).default([]),
  })
  .strict()
  .meta({ description: 'One continuing-education activity with its credit and certificates.' });
export type ExchangeActivity = z.output<typeof exchangeActivitySchema>;

export const exchangeRulePackSchema = rulePackSchema.meta({
  description: 'A rule pack the holder defined (built-in packs are not exported: the app ships them).',
});

export const exchangeHolderSchema = holderSchema.strict();

export const portfolioFileSchema = z
  .object({
    $schema: z
      .string()
      .optional()
      .meta({ description: 'Optional: a link to this JSON Schema, for editors.' }),
    format: z.literal(exchangeFormatName, {
      error: `This is not a CEU Portfolio file: "format" must be "${exchangeFormatName}".`,
    }),
    version: z.literal(exchangeFormatVersion, {
      error: `This file uses a format version this app does not know; it reads version ${exchangeFormatVersion}.`,
    }),
    exportedAt: z
      .string()
      .max(40)
      .optional()
      .meta({ description: 'When the file was written (ISO 8601), for people reading it.' }),
    holder: exchangeHolderSchema.nullable().default(null),
    rulePacks: z.array(exchangeRulePackSchema).max(200).default([]),
    credentials: z.array(exchangeCredentialSchema).max(200).default([]),
    activities: z.array(exchangeActivitySchema).max(100_000).default([]),
  })
  .strict()
  .meta({
    title: 'CEU Portfolio exchange file',
    description:
      'A continuing-education portfolio: the holder, their credentials, custom rule packs and every activity with its credit and certificate files. See docs/portfolio-json.md.',
  });

export type PortfolioFile = z.output<typeof portfolioFileSchema>;
export type PortfolioFileInput = z.input<typeof portfolioFileSchema>;
