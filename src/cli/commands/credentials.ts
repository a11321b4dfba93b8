import { credentialShortLabel } from '../../domain/credential-label';
import { dataDirOption, parseCommandArgs } from '../args';
import { withPortfolio } from '../open-portfolio';
import { say } from '../language';
import type { Output } from '../output';

/** `ceu credentials`: the ids `ceu packet --credential` needs, with enough to tell them apart. */
export async function credentialsCommand(args: string[], io: Output): Promise<number> {
  const { values } = parseCommandArgs('credentials', args, dataDirOption);
  return withPortfolio(values['data-dir'], { create: false }, (portfolio) => {
    const credentials = portfolio.listCredentials();
    if (credentials.length === 0) {
      io.out(say('cli.noCredentials'));
      return 0;
    }
    const ends = new Map(portfolio.evaluate().credentials.map((e) => [e.credentialId, e.cycle.end]));
    const packs = new Map(portfolio.listRulePacks().map((p) => [p.id, p]));
    const rows = [
      [
        say('cli.credentialsHeader.id'),
        say('cli.credentialsHeader.credential'),
        say('cli.credentialsHeader.number'),
        say('cli.credentialsHeader.certified'),
        say('cli.credentialsHeader.expires'),
        say('cli.credentialsHeader.rulePack'),
      ],
      ...credentials.map((c) => {
        const pack = packs.get(c.rulePackId);
        return [
          String(c.id),
          pack ? credentialShortLabel(pack) : say('cli.rulePackMissing'),
          c.credentialNumber || '-',
          c.certifiedOn,
          ends.get(c.id) ?? c.expiresOn ?? '-',
          c.rulePackId,
        ];
      }),
    ];
    const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
    for (const row of rows)
      io.out(
        row
          .map((cell, i) => cell.padEnd(widths[i]!))
          .join('  ')
          .trimEnd(),
      );
    return 0;
  });
}
