/**
 * One way to read a script's command line: `node:util` `parseArgs` in strict mode, `--help`/`-h`
 * for every script, and a mistake (unknown option, missing value, extra argument) answered with
 * one line that names it and repeats the usage, exit status 2, never a stack trace.
 * Scripts for partners speak Dutch (`language: 'nl'`), scripts for developers English.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

export interface OptionSpec {
  type: 'boolean' | 'string';
  short?: string;
  default?: boolean | string;
  /** One line for --help. */
  description: string;
  /** How the value is shown in --help, for a string option: `"..."`, `4,50`, `N`. */
  value?: string;
}

export interface CommandSpec<O extends Record<string, OptionSpec>> {
  /** What follows "Gebruik:"/"Usage:", e.g. `npm run check [-- --per-partner]`. */
  usage: string;
  language: 'nl' | 'en';
  options: O;
  /** Names of the positional arguments, in order, all optional; none when absent. */
  positionals?: readonly string[];
  /** Lines printed after the options by --help. */
  notes?: readonly string[];
}

type ValueOf<S extends OptionSpec> = S['type'] extends 'boolean' ? boolean : string;
export type Values<O extends Record<string, OptionSpec>> = {
  [K in keyof O]: O[K] extends { default: boolean | string } ? ValueOf<O[K]> : ValueOf<O[K]> | undefined;
};

export type CommandLine<O extends Record<string, OptionSpec>> =
  | { kind: 'run'; values: Values<O>; positionals: string[] }
  | { kind: 'help'; text: string }
  | { kind: 'mistake'; message: string };

const WORDS = {
  nl: {
    usage: 'Gebruik:',
    help: 'deze uitleg',
    unknown: (o: string) => `Onbekende optie ${o}.`,
    missing: (o: string) => `Geef een waarde mee na ${o}.`,
    noValue: (o: string) => `${o} neemt geen waarde: schrijf alleen ${o}.`,
    extra: (a: string) => `Onverwacht argument ${JSON.stringify(a)}.`,
  },
  en: {
    usage: 'Usage:',
    help: 'this help',
    unknown: (o: string) => `Unknown option ${o}.`,
    missing: (o: string) => `${o} needs a value.`,
    noValue: (o: string) => `${o} takes no value: write only ${o}.`,
    extra: (a: string) => `Unexpected argument ${JSON.stringify(a)}.`,
  },
};

/** Reads `argv` without side effects: what to run, the help to print, or the mistake to report. */
export function parseCommandLine<O extends Record<string, OptionSpec>>(spec: CommandSpec<O>, argv: readonly string[]): CommandLine<O> {
  const words = WORDS[spec.language];
  const options: ParseArgsOptionsConfig = { ...nodeOptions(spec.options, true), help: { type: 'boolean', short: 'h' } };
  const allowed = spec.positionals?.length ?? 0;
  const mistake = (message: string): CommandLine<O> => ({ kind: 'mistake', message: `${message} ${words.usage} ${spec.usage}` });
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...argv], options, strict: true, allowPositionals: allowed > 0 });
  } catch {
    return mistake(describeMistake(spec, argv, words) ?? words.unknown(argv.join(' ')));
  }
  if (parsed.values['help']) return { kind: 'help', text: helpText(spec) };
  if (parsed.positionals.length > allowed) return mistake(words.extra(parsed.positionals[allowed]!));
  const { help: _, ...values } = parsed.values;
  return { kind: 'run', values: values as Values<O>, positionals: parsed.positionals };
}

/** The first token strict parsing refused, found again by a lenient pass over the same arguments. */
function describeMistake(spec: CommandSpec<Record<string, OptionSpec>>, argv: readonly string[], words: (typeof WORDS)['nl']): string | undefined {
  const known = new Map<string, OptionSpec | undefined>([['help', undefined], ['h', undefined]]);
  for (const [name, o] of Object.entries(spec.options)) {
    known.set(name, o);
    if (o.short) known.set(o.short, o);
  }
  const { tokens } = parseArgs({ args: [...argv], options: nodeOptions(spec.options, false), strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind === 'positional' && !spec.positionals?.length) return words.extra(token.value);
    if (token.kind !== 'option') continue;
    if (!known.has(token.name)) return words.unknown(token.rawName);
    const o = known.get(token.name);
    if (o?.type === 'string' && (token.value === undefined || (!token.inlineValue && token.value.startsWith('-')))) return words.missing(token.rawName);
    if (o?.type !== 'string' && token.value !== undefined) return words.noValue(token.rawName);
  }
  return undefined;
}

function nodeOptions(options: Record<string, OptionSpec>, withDefaults: boolean): ParseArgsOptionsConfig {
  const result: ParseArgsOptionsConfig = {};
  for (const [name, o] of Object.entries(options)) {
    result[name] = { type: o.type, ...(o.short ? { short: o.short } : {}), ...(withDefaults && o.default !== undefined ? { default: o.default } : {}) };
  }
  return result;
}

function helpText(spec: CommandSpec<Record<string, OptionSpec>>): string {
  const words = WORDS[spec.language];
  const rows = [
    ...Object.entries(spec.options).map(([name, o]) => [`${o.short ? `-${o.short}, ` : ''}--${name}${o.type === 'string' ? ` ${o.value ?? '...'}` : ''}`, o.description]),
    ['-h, --help', words.help],
  ];
  const width = Math.max(...rows.map(([left]) => left!.length));
  return [`${words.usage} ${spec.usage}`, ...rows.map(([left, right]) => `  ${left!.padEnd(width)}  ${right}`), ...(spec.notes ?? [])].join('\n');
}

/** For a script's entry point: prints the help and exits 0, or the mistake and exits 2. */
export function readCommandLine<O extends Record<string, OptionSpec>>(spec: CommandSpec<O>, argv: readonly string[] = process.argv.slice(2)): { values: Values<O>; positionals: string[] } {
  const line = parseCommandLine(spec, argv);
  if (line.kind === 'help') {
    console.log(line.text);
    process.exit(0);
  }
  if (line.kind === 'mistake') {
    console.error(line.message);
    process.exit(2);
  }
  return line;
}
