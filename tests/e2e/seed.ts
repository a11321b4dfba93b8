import type { Page } from '@playwright/test';

export interface SeedActivity {
  title: string;
  credits?: { amount: number; unit: string; category: string }[];
  /** Certificates to store and attach, as base64 (the page decodes them). */
  certificates?: { fileName: string; base64: string }[];
}

/**
 * Sets up a holder, a CMA credential and some activities through the app's own API, as
 * the pages would, then reloads so every screen reads them.
 */
export async function seedPortfolio(page: Page, activities: SeedActivity[] = []): Promise<void> {
  await page.evaluate(async (list) => {
    type Result = { ok: boolean; value?: { id?: number; sha256?: string }; error?: unknown };
    const api = (window as unknown as { api: Record<string, (input?: unknown) => Promise<Result>> }).api;
    const must = async (result: Promise<Result>) => {
      const answer = await result;
      if (!answer.ok) throw new Error(`Seeding failed: ${JSON.stringify(answer.error)}`);
      return answer.value!;
    };
    await must(api.saveHolder!({ fullName: 'Jordan A. Rivera' }));
    const credential = await must(
      api.saveCredential!({ credential: { rulePackId: 'aama-cma', certifiedOn: '2024-03-15' } }),
    );
    for (const activity of list) {
      const hashes: string[] = [];
      for (const file of activity.certificates ?? []) {
        const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
        hashes.push((await must(api.addCertificate!({ fileName: file.fileName, bytes }))).sha256!);
      }
      await must(
        api.saveActivity!({
          activity: {
            title: activity.title,
            provider: 'AAMA e-Learning Center',
            kind: 'online_course',
            delivery: 'online',
            completedOn: '2025-05-01',
            credits: activity.credits ?? [{ amount: 3, unit: 'aama_ceu', category: 'clinical' }],
            credentialIds: [credential.id],
            certificateHashes: hashes,
          },
        }),
      );
    }
  }, activities);
  await page.reload();
}
