import { InputError } from '../lke/errors';
import { DEFAULT_LIMITS, LIMIT_NAMES, LimitError, type ReadLimits } from './xlsx/limits';

const BOM = '\uFEFF';

/**
 * The deepest nesting of arrays and objects in JSON text, counted without recursion (strings skipped); stops
 * counting once past `stopAt`.
 *
 * @example
 * jsonDepth('{"a":[1,{"b":"[[["}]}') // → 3
 */
export function jsonDepth(text: string, stopAt = Infinity): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > max) {
        max = depth;
        if (max > stopAt) return max;
      }
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return max;
}

/** Line and column (1-based) of a character offset. */
function lineColumn(text: string, at: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, at));
  const line = before.split('\n').length;
  return { line, column: at - before.lastIndexOf('\n') };
}

/**
 * Parses a JSON file named on the command line (the one home of JSON reading): a UTF-8 byte-order mark is
 * accepted; a file over the `jsonBytes` limit or nested deeper than `jsonDepth` (see `xlsx/limits.ts`) is refused
 * before parsing with a {@link LimitError}; a syntax error is one Indonesian line with its line and column (the
 * parser's English stays in the English twin).
 *
 * @example
 * parseJsonFile(Buffer.from('\uFEFF{"answers":[]}'), 'a.json') // → { answers: [] }
 * parseJsonFile(Buffer.from('['.repeat(100)), 'a.json')        // throws 'a.json: melebihi batas kedalaman JSON (64); …'
 */
export function parseJsonFile(
  bytes: Buffer,
  path: string,
  limits: Pick<ReadLimits, 'jsonBytes' | 'jsonDepth'> = DEFAULT_LIMITS,
): unknown {
  if (bytes.length > limits.jsonBytes) throw new LimitError(path, LIMIT_NAMES.jsonBytes, limits.jsonBytes);
  let text = bytes.toString('utf8');
  if (text.startsWith(BOM)) text = text.slice(1);
  if (jsonDepth(text, limits.jsonDepth) > limits.jsonDepth)
    throw new LimitError(path, LIMIT_NAMES.jsonDepth, limits.jsonDepth);
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new InputError(
      `${path} bukan JSON yang sah${syntaxPlace(text, why)}`,
      `${path} is not valid JSON (${why.slice(0, 200)})`,
    );
  }
}

/** Where the parser stopped, in Indonesian: a line and column, the unexpected character, or the early end. */
function syntaxPlace(text: string, why: string): string {
  const at = /position (\d+)/.exec(why);
  if (at) {
    const where = lineColumn(text, Number(at[1]));
    return ` (baris ${where.line}, kolom ${where.column})`;
  }
  if (/end of JSON input/.test(why)) return ' (berkas berakhir sebelum JSON selesai)';
  const token = /Unexpected token '(.{1,2})'/u.exec(why);
  return token ? ` (tanda "${token[1]}" tidak pada tempatnya)` : '';
}
