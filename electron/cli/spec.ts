// One spec per CLI command: its options (node:util parseArgs, strict), how many file arguments it
// takes, whether it writes, its usage line, and what it runs. An option the command does not know is
// refused (`list-plans --qty 3` is a usage error, never silently ignored).
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import type { Command, Values } from './shared';
import { CLI_ARGS_WORDS, CLI_WORDS } from '../../core/terms';

export interface CommandSpec {
  /** 'list-plans', or two words for a sub-command: 'followup set'. */
  name: string;
  /** The usage line(s) after the name, and what it does (Thai). */
  usage: string;
  /** The command's own options (the global ones are added). */
  options: ParseArgsOptionsConfig;
  /** File or year arguments after the name: [min, max]. Default none. */
  positionals?: readonly [number, number];
  /**
   * Whether this command line changes the database. A writing command takes the file's lock, may
   * create the file, migrates it, and runs in one transaction; a reading one opens the file
   * read-only and never creates, migrates or locks it.
   */
  writes: boolean | ((values: Values) => boolean);
  /** False for a command that is its own single step and may not run inside a transaction (restore). */
  transaction?: boolean;
  run: Command;
}

/** Options every command accepts. */
export const GLOBAL_OPTIONS: ParseArgsOptionsConfig = {
  db: { type: 'string' },
  user: { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
};

export class ArgsError extends Error {}

export const s = { type: 'string' } as const;
export const flag = { type: 'boolean', default: false } as const;

export function writesOf(spec: CommandSpec, values: Values): boolean {
  return typeof spec.writes === 'function' ? spec.writes(values) : spec.writes;
}

/** Thai for parseArgs' own errors (their text is English). */
function thaiParseError(e: unknown, spec: CommandSpec): string {
  const code = (e as { code?: string }).code;
  const message = String((e as Error).message);
  const option = /'(-{1,2}[^'\s]+)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return CLI_ARGS_WORDS.unknownOption(spec.name, option);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return message.includes('argument missing')
      ? CLI_ARGS_WORDS.needsValue(option)
      : CLI_ARGS_WORDS.takesNoValue(option);
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return CLI_WORDS.noExtra(spec.name, message.split("'")[1] ?? '');
  return message;
}

export interface Parsed {
  spec: CommandSpec;
  values: Values;
  /** Positionals after the command's name. */
  rest: string[];
}

/** Every option any command knows, to find the command's name before its own strict parse. */
function allOptions(specs: readonly CommandSpec[]): ParseArgsOptionsConfig {
  const out: ParseArgsOptionsConfig = { ...GLOBAL_OPTIONS };
  for (const spec of specs) Object.assign(out, spec.options);
  return out;
}

/**
 * Finds the command and parses its line strictly. Returns null when no command is named (help),
 * throws ArgsError (with the spec when one was found) on wrong usage.
 */
export function parseCommandLine(
  argv: string[],
  specs: readonly CommandSpec[],
): { parsed: Parsed | null; help: boolean; error?: { message: string; spec?: CommandSpec } } {
  let loose;
  try {
    loose = parseArgs({ args: argv, options: allOptions(specs), allowPositionals: true, strict: false });
  } catch (e) {
    return { parsed: null, help: false, error: { message: String((e as Error).message) } };
  }
  const words = loose.positionals;
  const spec =
    specs.find((c) => c.name.includes(' ') && c.name === `${words[0]} ${words[1]}`) ??
    specs.find((c) => !c.name.includes(' ') && c.name === words[0]);
  const help = loose.values.help === true;
  if (!spec) {
    if (words.length === 0) return { parsed: null, help };
    const group = specs.filter((c) => c.name.startsWith(`${words[0]} `));
    if (group.length) {
      return { parsed: null, help, error: { message: CLI_ARGS_WORDS.oneOf(group.map((c) => c.name)), spec: group[0] } };
    }
    return { parsed: null, help, error: { message: CLI_ARGS_WORDS.unknownCommand(words[0]!) } };
  }
  let strict;
  try {
    strict = parseArgs({
      args: argv,
      options: { ...GLOBAL_OPTIONS, ...spec.options },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    return { parsed: null, help, error: { message: thaiParseError(e, spec), spec } };
  }
  const nameWords = spec.name.split(' ').length;
  const rest = strict.positionals.slice(nameWords);
  const [min, max] = spec.positionals ?? [0, 0];
  if (!help && (rest.length < min || rest.length > max)) {
    const message =
      rest.length > max
        ? CLI_WORDS.noExtra(spec.name, rest.slice(max).join(' '))
        : CLI_ARGS_WORDS.needsArguments(spec.name, min);
    return { parsed: null, help, error: { message, spec } };
  }
  return { parsed: { spec, values: strict.values as Values, rest }, help };
}
