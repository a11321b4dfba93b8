import { isUserError, withBusyAsUserError } from '../core/errors';
import type { ImportProblem } from '../core/exchange/problems';
import packageJson from '../../package.json';
import type { Output } from './output';
import { chooseCliLanguage, say, setCliLanguage } from './language';
import { commandUsageOf, generalUsageText } from './usage';
import { UsageError } from './usage-error';

type Command = (args: string[], io: Output) => Promise<number>;

// Each command loads its modules when it runs: `ceu --help` need not load the PDF and
// image libraries, and a usage error answers at once.
const commands: Record<string, Command> = {
  status: async (args, io) => (await import('./commands/status')).statusCommand(args, io),
  credentials: async (args, io) => (await import('./commands/credentials')).credentialsCommand(args, io),
  packet: async (args, io) => (await import('./commands/packet')).packetCommand(args, io),
  sample: async (args, io) => (await import('./commands/transfer')).sampleCommand(args, io),
  import: async (args, io) => (await import('./commands/transfer')).importCommand(args, io),
  export: async (args, io) => (await import('./commands/transfer')).exportCommand(args, io),
  backup: async (args, io) => (await import('./commands/backup')).backupCommand(args, io),
  backups: async (args, io) => (await import('./commands/backup')).backupsCommand(args, io),
  restore: async (args, io) => (await import('./commands/backup')).restoreCommand(args, io),
  renew: async (args, io) => (await import('./commands/renew')).renewCommand(args, io),
  verify: async (args, io) => (await import('./commands/verify')).verifyCommand(args, io),
  read: async (args, io) => (await import('./commands/read')).readCommand(args, io),
  remind: async (args, io) => (await import('./commands/remind')).remindCommand(args, io),
  calendar: async (args, io) => (await import('./commands/remind')).calendarCommand(args, io),
  plan: async (args, io) => (await import('./commands/plan')).planCommand(args, io),
  schema: async (args, io) => {
    if (args.length > 0) throw new UsageError(say('cli.takesNoArguments', { command: 'schema' }), 'schema');
    io.out((await import('../core/exchange')).portfolioJsonSchemaText().trimEnd());
    return 0;
  },
};

/**
 * Runs one `ceu` command and returns its exit code: 0 done, 1 failed (one plain line
 * saying what happened and what to do), 2 bad arguments (with the usage). Stack traces
 * only with CEU_DEBUG=1: the people using this are not debugging it.
 */
export async function run(argv: string[], io: Output, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const chosen = chooseCliLanguage(argv, env);
  setCliLanguage(chosen.language);
  const [command, ...rest] = chosen.rest;
  try {
    if (chosen.refused !== undefined)
      throw new UsageError(say('cli.unknownLanguage', { language: chosen.refused }));
    if (command === undefined || command === '--help' || command === '-h') {
      io.out(generalUsageText());
      return command === undefined ? 2 : 0;
    }
    if (command === 'help') return help(rest, io);
    if (command === '--version' || command === '-v') {
      io.out(packageJson.version);
      return 0;
    }
    const handler = Object.hasOwn(commands, command) ? commands[command] : undefined;
    if (!handler) throw new UsageError(say('cli.unknownCommand', { command }));
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(commandUsageOf(command)!);
      return 0;
    }
    return await handler(rest, io);
  } catch (error) {
    return report(withBusyAsUserError(error), io, env.CEU_DEBUG === '1');
  }
}

function help(rest: string[], io: Output): number {
  const topic = rest[0];
  if (topic === undefined) {
    io.out(generalUsageText());
    return 0;
  }
  const usage = commandUsageOf(topic);
  if (!usage) throw new UsageError(say('cli.noSuchCommand', { command: topic }));
  io.out(usage);
  return 0;
}

function report(error: unknown, io: Output, debug: boolean): number {
  if (error instanceof UsageError) {
    io.err(`ceu: ${error.message}`);
    io.err('');
    io.err(
      error.command ? say('cli.usage', { usage: commandUsageOf(error.command) ?? '' }) : generalUsageText(),
    );
    return 2;
  }
  if (isUserError(error)) {
    io.err(`ceu: ${error.said ? say(error.said.key, error.said.values) : error.message}`);
    const problems = (error.details as { problems?: unknown } | undefined)?.problems;
    if (error.code === 'IMPORT_INVALID' && Array.isArray(problems)) {
      for (const p of problems as ImportProblem[]) {
        const place = p.pathSaid ? say(p.pathSaid.key, p.pathSaid.values) : p.path;
        io.err(`  ${place}: ${p.said ? say(p.said.key, p.said.values) : p.message}`);
      }
    }
    if (debug) io.err(error.stack ?? '');
    return 1;
  }
  if (error instanceof Error && error.name === 'InvalidOverridesError') {
    // A credential's own changes to its rules no longer fit the rule pack: the message names them.
    const { credential, issues } = error as Error & { credential?: string; issues?: readonly string[] };
    const message =
      credential !== undefined && issues !== undefined
        ? say('coreErrors.invalidOverrides', { credential, issues: issues.join('; ') })
        : error.message;
    io.err(`ceu: ${say('cli.overridesDoNotFit', { message })}`);
    if (debug) io.err(error.stack ?? '');
    return 1;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.err(`ceu: ${say('cli.somethingWrong', { message: message.split('\n')[0] ?? '' })}`);
  if (debug) io.err(error instanceof Error ? (error.stack ?? message) : message);
  return 1;
}
