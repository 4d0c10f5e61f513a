/** What a command may touch: the streams and the file system, injected so tests run commands in-process. */
export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly readFile: (path: string) => Promise<Buffer>;
  readonly writeFile: (path: string, data: Buffer | string) => Promise<void>;
  /** True when stdout is a terminal (progress bars only then). */
  readonly isTty: boolean;
}

/** Exit codes: 0 read and fine, 1 entries have errors, 2 unreadable or malformed input or bad usage. */
export const EXIT = { ok: 0, entryErrors: 1, badInput: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
