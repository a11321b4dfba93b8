import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isoDateSchema } from '../domain/portfolio';
import { say } from './language';
import { UsageError } from './usage-error';

type Options = NonNullable<ParseArgsConfig['options']>;

export const dataDirOption = { 'data-dir': { type: 'string' } } as const satisfies Options;

/** parseArgs with its errors turned into usage errors for this command. */
export function parseCommandArgs<O extends Options>(
  command: string,
  args: string[],
  options: O,
  positionals = 0,
) {
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: positionals > 0, strict: true });
  } catch (error) {
    throw new UsageError(plainParseError(error as Error), command);
  }
  if (parsed.positionals.length > positionals) {
    throw new UsageError(say('cli.unexpected', { argument: parsed.positionals[positionals] ?? '' }), command);
  }
  return parsed;
}

function plainParseError(error: Error): string {
  const code = (error as { code?: string }).code;
  const option = /'(-[^']+)'/.exec(error.message)?.[1]?.split(' ')[0];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
    return say('cli.unknownOption', { option: option ?? '' }).replace(' .', '.');
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return say('cli.needsValue', { option: option ?? say('cli.anOption') });
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
    return say('cli.unexpected', { argument: error.message.match(/'([^']+)'/)?.[1] ?? '' });
  return error.message;
}

export function parseAsOf(value: string | undefined, command: string): string | undefined {
  if (value === undefined) return undefined;
  const parsed = isoDateSchema.safeParse(value);
  if (!parsed.success)
    throw new UsageError(
      say('cli.asOfInvalid', { value, problem: parsed.error.issues[0]!.message }),
      command,
    );
  return parsed.data;
}

export function parseCredentialId(value: string | undefined, command: string): number {
  if (value === undefined) throw new UsageError(say('cli.credentialRequired'), command);
  if (!/^[1-9]\d*$/.test(value)) throw new UsageError(say('cli.credentialNotId', { value }), command);
  return Number(value);
}
