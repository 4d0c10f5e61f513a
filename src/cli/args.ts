import { InputError } from '../lke/errors';

export interface ParsedArgs {
  readonly positional: readonly string[];
  readonly flags: ReadonlyMap<string, string | true>;
}

/** The options a command knows: `booleans` take no value (`--json`), `values` take the next word (`--out X`). */
export interface ArgSpec {
  readonly booleans: readonly string[];
  readonly values: readonly string[];
}

/**
 * Splits `score a.json --json --column tpi` into positionals and flags. An option listed in `values` takes
 * the next word (or `--name=value`); one in `booleans` takes none. Anything else starting with `--` is refused
 * ("opsi tidak dikenal"), so `rekap … --bogus x` never passes silently; so is an option given twice.
 *
 * @example
 * parseArgs(['a.json', '--json', '--column', 'tpi'], { booleans: ['json'], values: ['column'] })
 * // → { positional: ['a.json'], flags: Map { 'json' → true, 'column' → 'tpi' } }
 * parseArgs(['a.json', '--bogus', 'x'], { booleans: [], values: [] }) // throws 'opsi tidak dikenal: --bogus'
 */
export function parseArgs(argv: readonly string[], spec: ArgSpec): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i] ?? '';
    if (!word.startsWith('--') || word === '--') {
      positional.push(word);
      continue;
    }
    const [name = '', inline] = word.slice(2).split(/=(.*)/s, 2);
    const isBoolean = spec.booleans.includes(name);
    if (!isBoolean && !spec.values.includes(name)) {
      const known = [...spec.booleans, ...spec.values].map((n) => `--${n}`).join(', ');
      throw new InputError(
        `opsi tidak dikenal: --${name}${known === '' ? '' : ` (yang dikenal: ${known})`}`,
        `unknown option: --${name}${known === '' ? '' : ` (known: ${known})`}`,
      );
    }
    if (flags.has(name))
      throw new InputError(`opsi --${name} diberikan dua kali`, `option --${name} is given twice`);
    if (isBoolean) {
      if (inline !== undefined)
        throw new InputError(`opsi --${name} tidak memakai nilai`, `option --${name} takes no value`);
      flags.set(name, true);
    } else if (inline !== undefined) flags.set(name, inline);
    else {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) {
        throw new InputError(`opsi --${name} memerlukan nilai`, `option --${name} needs a value`);
      }
      flags.set(name, next);
      i++;
    }
  }
  return { positional, flags };
}

/** A flag's text value, or undefined; throws when the flag was given without a value. */
export function flagText(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags.get(name);
  if (v === true) throw new InputError(`opsi --${name} memerlukan nilai`, `option --${name} needs a value`);
  return v;
}

/** True when a boolean flag (`--json`, `--force`) was given. */
export function flagOn(args: ParsedArgs, name: string): boolean {
  return args.flags.get(name) === true;
}

/** A flag restricted to a closed set of values. */
export function flagChoice<T extends string>(
  args: ParsedArgs,
  name: string,
  choices: readonly T[],
): T | undefined {
  const v = flagText(args, name);
  if (v === undefined) return undefined;
  const hit = choices.find((c) => c === v);
  if (!hit) {
    const list = choices.join('|');
    throw new InputError(
      `--${name} harus salah satu dari ${list}, bukan "${v}"`,
      `--${name} must be one of ${list}, not "${v}"`,
    );
  }
  return hit;
}

/** The years an LKE can be for (Profil's validation accepts the same). */
export const YEARS = { min: 2000, max: 2100 } as const;

/**
 * A year flag (`--year`, `--tahun`): four digits within {@link YEARS}, else refused with the flag named.
 *
 * @example
 * flagYear(parseArgs(['--tahun', '2026'], { booleans: [], values: ['tahun'] }), 'tahun') // → 2026
 * flagYear(parseArgs(['--tahun', 'abc'], { booleans: [], values: ['tahun'] }), 'tahun') // throws
 */
export function flagYear(args: ParsedArgs, name: string): number | undefined {
  const text = flagText(args, name);
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!/^\d{4}$/.test(text) || n < YEARS.min || n > YEARS.max) {
    throw new InputError(
      `--${name} harus tahun empat angka (${YEARS.min}–${YEARS.max}), bukan "${text}"`,
      `--${name} must be a four-digit year (${YEARS.min}–${YEARS.max}), not "${text}"`,
    );
  }
  return n;
}
