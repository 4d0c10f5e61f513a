/** How a file is written: `replace` lets it take the place of an existing file (`--force`). */
export interface WriteOptions {
  readonly replace: boolean;
}

/** What a command may touch: the streams and the file system, injected so tests run commands in-process. */
export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly readFile: (path: string) => Promise<Buffer>;
  /**
   * Writes a whole file, atomically (see `writeFileAtomic`): an existing file is refused with an error whose
   * `code` is `EEXIST` unless `options.replace`.
   */
  readonly writeFile: (path: string, data: Buffer | string, options: WriteOptions) => Promise<void>;
  /** The identity of an existing file (device and inode), null when there is none: finds an output that is an input. */
  readonly fileKey?: (path: string) => Promise<string | null>;
  /** True when stdout is a terminal (progress bars only then). */
  readonly isTty: boolean;
}

/** Exit codes: 0 read and fine, 1 entries have errors, 2 unreadable or malformed input or bad usage. */
export const EXIT = { ok: 0, entryErrors: 1, badInput: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
