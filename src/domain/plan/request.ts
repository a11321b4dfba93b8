import { z } from 'zod';

/** What the plan page asks the planner: the person's limits, and whether member prices apply. */
export const planRequestSchema = z.object({
  /** Dollars in all; null for no limit. */
  budget: z.number().min(0).max(1_000_000).nullable().default(null),
  /** Hours a month; null for no limit. */
  hoursPerMonth: z.number().min(0).max(744).nullable().default(null),
  member: z.boolean().default(false),
  preferred: z.array(z.string().max(80)).max(500).default([]),
  excluded: z.array(z.string().max(80)).max(500).default([]),
});
export type PlanRequest = z.output<typeof planRequestSchema>;
