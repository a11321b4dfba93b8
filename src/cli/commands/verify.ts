import { verifyPortfolio } from '../../core/verify/verify-portfolio';
import { verifyProblemWords } from '../../domain/i18n/verify-words';
import { dataDirOption, parseCommandArgs } from '../args';
import { withPortfolio } from '../open-portfolio';
import { say } from '../language';
import type { Output } from '../output';

/**
 * `ceu verify`: a full check of the portfolio, read only (it works while the app has it
 * open). Exit 0 when everything is in order, 1 with the list of problems otherwise.
 */
export async function verifyCommand(args: string[], io: Output): Promise<number> {
  const { values } = parseCommandArgs('verify', args, {
    ...dataDirOption,
    json: { type: 'boolean', default: false },
  });
  return withPortfolio(values['data-dir'], { create: false }, (portfolio) => {
    const report = verifyPortfolio(portfolio);
    if (values.json) {
      io.out(JSON.stringify(report, null, 2));
    } else if (report.problems.length === 0) {
      io.out(
        say('cli.verify.inOrder', {
          activities: report.activities,
          certificates: report.certificatesChecked,
        }),
      );
    } else {
      io.out(say('cli.verify.found', { count: report.problems.length, folder: portfolio.paths.dataDir }));
      for (const problem of report.problems) {
        const words = verifyProblemWords(problem, say);
        io.out(`- ${words.concerns}: ${words.advice}`);
      }
    }
    return report.problems.length === 0 ? 0 : 1;
  });
}
