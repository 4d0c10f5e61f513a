import { InputError } from '../../lke/errors';

/** Bounds on what reading one input may cost. Every one is checked while reading, never after. */
export interface ReadLimits {
  /** Size of the file on disk (bytes). */
  readonly fileBytes: number;
  /** Uncompressed size of one part of an .xlsx (bytes), counted while inflating. */
  readonly partBytes: number;
  /** Uncompressed size of all the parts read from one .xlsx (bytes). */
  readonly workbookBytes: number;
  /** Cells kept from one sheet. */
  readonly sheetCells: number;
  /** Size of a JSON answers file (bytes) and its nesting depth. */
  readonly jsonBytes: number;
  readonly jsonDepth: number;
}

const MB = 1024 * 1024;

/**
 * The defaults: far above any real LKE (our template is 0.4 MB inflated, a circulated workbook a few MB), far
 * below what would take the process past ~300 MB.
 */
export const DEFAULT_LIMITS: ReadLimits = {
  fileBytes: 50 * MB,
  partBytes: 32 * MB,
  workbookBytes: 96 * MB,
  sheetCells: 400_000,
  jsonBytes: 20 * MB,
  jsonDepth: 64,
};

function size(n: number): string {
  return n >= MB ? `${Math.round(n / MB)} MB` : `${n}`;
}

/** A limit reached: exit 2 with one line naming the file and the limit. */
export class LimitError extends InputError {
  constructor(path: string, what: { readonly id: string; readonly en: string }, limit: number) {
    super(
      `${path}: melebihi batas ${what.id} (${size(limit)}); berkas tidak dibaca`,
      `${path}: exceeds the limit on ${what.en} (${size(limit)}); file not read`,
    );
  }
}

/** The names of the limits, as the messages say them. */
export const LIMIT_NAMES = {
  fileBytes: { id: 'ukuran berkas', en: 'file size' },
  partBytes: {
    id: 'ukuran satu bagian .xlsx setelah diekstrak',
    en: 'the uncompressed size of one .xlsx part',
  },
  workbookBytes: { id: 'ukuran buku kerja setelah diekstrak', en: 'the uncompressed size of the workbook' },
  sheetCells: { id: 'jumlah sel satu lembar', en: 'the cell count of one sheet' },
  jsonBytes: { id: 'ukuran berkas JSON', en: 'JSON file size' },
  jsonDepth: { id: 'kedalaman JSON', en: 'JSON nesting depth' },
} as const satisfies Record<keyof ReadLimits, { id: string; en: string }>;

/**
 * Throws {@link LimitError} when `n` passes the named limit.
 *
 * @example
 * within(DEFAULT_LIMITS, 'partBytes', 40 * 1024 * 1024, 'a.xlsx') // throws: a.xlsx: melebihi batas …
 */
export function within(limits: ReadLimits, key: keyof ReadLimits, n: number, path: string): void {
  if (n > limits[key]) throw new LimitError(path, LIMIT_NAMES[key], limits[key]);
}
