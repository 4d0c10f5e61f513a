import type { Entries, UnitMeta, UnitProfile } from '../lke';
import { LKE_2021, parsePortalAnswers, InputError } from '../lke';
import { circulatedSource } from './xlsx/circulated';
import { templateXlsxSource } from './xlsx/templateSource';
import { DEFAULT_LIMITS, LIMIT_NAMES, LimitError, within, type ReadLimits } from './xlsx/limits';

/** An LKE read from a file: the entries, who it is about, and what the source adds to `score --json`. */
export interface LoadedLke {
  readonly entries: Entries;
  readonly meta: UnitMeta;
  /** The unit profile when the source carries one (a workbook's Profil sheet), else null. */
  readonly profile: UnitProfile | null;
  /** Extra fields for `score --json` (e.g. `formula_audit`, `circulated`). */
  readonly extras: Readonly<Record<string, unknown>>;
  /** Extra lines for the readable summary. */
  readonly notes: readonly string[];
}

/** A kind of file `score` (and friends) can read. The first source that accepts a file reads it. */
export interface Source {
  readonly name: string;
  readonly accepts: (path: string, bytes: Buffer, limits?: ReadLimits) => boolean;
  readonly load: (bytes: Buffer, path: string, limits?: ReadLimits) => Promise<LoadedLke>;
}

/**
 * The deepest nesting of arrays and objects in JSON text, counted without parsing (so a 200,000-deep value
 * is refused with a clear message instead of overflowing the stack); stops counting past `limit`.
 *
 * @example
 * jsonDepth('{"a":[1,{"b":"[["}]}', 64) // → 3
 */
export function jsonDepth(text: string, limit: number): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92) i++;
      else if (ch === 34) inString = false;
    } else if (ch === 34) inString = true;
    else if (ch === 91 || ch === 123) {
      depth++;
      if (depth > max) max = depth;
      if (max > limit) return max;
    } else if (ch === 93 || ch === 125) depth--;
  }
  return max;
}

/**
 * Parses JSON text (a UTF-8 byte-order mark allowed), under the size and depth limits, turning a syntax error
 * into a one-line Indonesian reason.
 *
 * @example
 * parseJson(Buffer.from('\uFEFF{"answers":[]}'), 'a.json') // → { answers: [] }
 */
export function parseJson(bytes: Buffer, path: string, limits: ReadLimits = DEFAULT_LIMITS): unknown {
  within(limits, 'jsonBytes', bytes.length, path);
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  if (jsonDepth(text, limits.jsonDepth) > limits.jsonDepth)
    throw new LimitError(path, LIMIT_NAMES.jsonDepth, limits.jsonDepth);
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    const why = (e instanceof Error ? e.message : String(e)).slice(0, 200);
    throw new InputError(`${path} bukan JSON yang sah (${why})`, `${path} is not valid JSON (${why})`);
  }
}

/** PortalRB `jawaban-unit` answers files. */
export const answersJsonSource: Source = {
  name: 'portalrb-answers',
  accepts: (path, bytes) =>
    path.toLowerCase().endsWith('.json') ||
    bytes
      .subarray(0, 64)
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trimStart()
      .startsWith('{'),
  load: (bytes, path, limits) => {
    try {
      const { entries, meta } = parsePortalAnswers(LKE_2021, parseJson(bytes, path, limits));
      return Promise.resolve({ entries, meta, profile: null, extras: {}, notes: [] });
    } catch (e) {
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
  },
};

/**
 * The sources `score` tries, in order. Workbook readers register here. The circulated "LKE ZI" reader comes
 * first: it accepts only workbooks with that sheet, so a generic .xlsx reader must come after it.
 */
export const SOURCES: Source[] = [circulatedSource, templateXlsxSource, answersJsonSource];

/** Reads any supported LKE file; throws {@link InputError} when it cannot (a limit reached: {@link LimitError}). */
export async function loadLke(
  bytes: Buffer,
  path: string,
  sources: readonly Source[] = SOURCES,
  limits: ReadLimits = DEFAULT_LIMITS,
): Promise<LoadedLke> {
  const source = sources.find((s) => s.accepts(path, bytes, limits));
  if (!source) {
    throw new InputError(
      `${path}: jenis berkas tidak dikenal (harus jawaban PortalRB .json atau LKE .xlsx)`,
      `${path}: unknown kind of file (expected a PortalRB answers .json or an LKE .xlsx)`,
    );
  }
  return source.load(bytes, path, limits);
}
