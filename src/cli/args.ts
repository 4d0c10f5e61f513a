import { InputError } from '../lke/errors';

export interface ParsedArgs {
  readonly positional: readonly string[];
  readonly flags: ReadonlyMap<string, string | true>;
}

/**
 * Splits `score a.json --json --column tpi` into positionals and flags. A flag takes the next word as its
 * value unless it is listed in `booleans` or the next word is another flag.
 *
 * @example
 * parseArgs(['a.json', '--json', '--column', 'tpi'], ['json'])
 * // → { positional: ['a.json'], flags: Map { 'json' → true, 'column' → 'tpi' } }
 */
export function parseArgs(argv: readonly string[], booleans: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i] ?? '';
    if (!word.startsWith('--')) {
      positional.push(word);
      continue;
    }
    const [name = '', inline] = word.slice(2).split(/=(.*)/s, 2);
    if (inline !== undefined) flags.set(name, inline);
    else if (booleans.includes(name)) flags.set(name, true);
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

/** A flag's text value, or the fallback; throws when the flag was given without a value. */
export function flagText(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags.get(name);
  if (v === true) throw new InputError(`opsi --${name} memerlukan nilai`, `option --${name} needs a value`);
  return v;
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
