import type { Entries, UnitMeta, UnitProfile } from '../lke';
import { LKE_2021, parsePortalAnswers, InputError } from '../lke';
import { circulatedSource } from './xlsx/circulated';
import { templateXlsxSource } from './xlsx/templateSource';
import { DEFAULT_LIMITS, type ReadLimits } from './xlsx/limits';
import { parseJsonFile } from './json';

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
 * Parses a JSON file under the size and depth limits (a UTF-8 byte-order mark allowed); see `parseJsonFile`
 * in `json.ts`, the one home of JSON reading.
 *
 * @example
 * parseJson(Buffer.from('\uFEFF{"answers":[]}'), 'a.json') // → { answers: [] }
 */
export function parseJson(bytes: Buffer, path: string, limits: ReadLimits = DEFAULT_LIMITS): unknown {
  return parseJsonFile(bytes, path, limits);
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
