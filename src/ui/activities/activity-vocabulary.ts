import { wellKnownCategories } from '../../domain/portfolio';
import type { Credential } from '../../domain/portfolio';
import type { RulePack } from '../../domain/rule-pack';

/**
 * The words the activity screens use for categories and credentials, taken from the
 * rule packs so a custom pack's own categories and a credential's abbreviation appear
 * as the user knows them.
 */

export type CategoryOption = { value: string; label: string };

const wellKnownLabels: Record<string, string> = {
  administrative: 'Administrative',
  clinical: 'Clinical',
  general: 'General',
};

/** Administrative, clinical and general first, then every other category a rule pack defines. */
export function categoryOptions(rulePacks: readonly RulePack[]): CategoryOption[] {
  const options = new Map<string, string>(wellKnownCategories.map((key) => [key, wellKnownLabels[key]!]));
  for (const pack of rulePacks) {
    for (const category of pack.categories) {
      if (!options.has(category.key)) options.set(category.key, category.label);
    }
  }
  return [...options].map(([value, label]) => ({ value, label }));
}

export function categoryLabel(key: string, options: readonly CategoryOption[]): string {
  return options.find((option) => option.value === key)?.label ?? key.replace(/_/g, ' ');
}

/**
 * A short name per credential: the pack's abbreviation ("CMA"), with the credential
 * number added when the holder has two credentials of the same kind.
 */
export function credentialNames(
  credentials: readonly Credential[],
  rulePacks: readonly RulePack[],
): Map<number, string> {
  const packs = new Map(rulePacks.map((pack) => [pack.id, pack]));
  const base = credentials.map(
    (credential) => packs.get(credential.rulePackId)?.credential ?? credential.rulePackId,
  );
  const names = new Map<number, string>();
  credentials.forEach((credential, i) => {
    const name = base[i]!;
    const shared = base.filter((other) => other === name).length > 1;
    const suffix = credential.credentialNumber || `#${credential.id}`;
    names.set(credential.id, shared ? `${name} ${suffix}` : name);
  });
  return names;
}
