import { InputError } from '../lke/errors';

/**
 * Bounds on a JSON file the command line reads (an answers file is a few hundred kilobytes and four levels
 * deep; these leave room and still stop a hostile file before it costs memory or the call stack).
 */
export const JSON_LIMITS = {
  /** Largest file, in bytes. */
  maxBytes: 20 * 1024 * 1024,
  /** Deepest nesting of arrays and objects. */
  maxDepth: 64,
} as const;

export interface JsonLimits {
  readonly maxBytes: number;
  readonly maxDepth: number;
}

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
 * Parses a JSON file named on the command line: a UTF-8 byte-order mark is accepted; a file over
 * `limits.maxBytes` or nested deeper than `limits.maxDepth` is refused before parsing; a syntax error is one
 * Indonesian line with its line and column (the parser's English stays in the English twin).
 *
 * @example
 * parseJsonFile(Buffer.from('\uFEFF{"answers":[]}'), 'a.json') // → { answers: [] }
 * parseJsonFile(Buffer.from('['.repeat(100)), 'a.json')        // throws 'a.json: JSON bersarang terlalu dalam (lebih dari 64 tingkat)'
 */
export function parseJsonFile(bytes: Buffer, path: string, limits: JsonLimits = JSON_LIMITS): unknown {
  if (bytes.length > limits.maxBytes) {
    const mb = (n: number): string => `${Math.round(n / 1024 / 1024)} MB`;
    throw new InputError(
      `${path}: berkas JSON terlalu besar (${mb(bytes.length)}; batas ${mb(limits.maxBytes)})`,
      `${path}: JSON file too large (${mb(bytes.length)}; the limit is ${mb(limits.maxBytes)})`,
    );
  }
  let text = bytes.toString('utf8');
  if (text.startsWith(BOM)) text = text.slice(1);
  if (jsonDepth(text, limits.maxDepth) > limits.maxDepth)
    throw new InputError(
      `${path}: JSON bersarang terlalu dalam (lebih dari ${limits.maxDepth} tingkat)`,
      `${path}: JSON nested too deeply (more than ${limits.maxDepth} levels)`,
    );
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
