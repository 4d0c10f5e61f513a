import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic';
import { readRegularFile } from './readFile';
import type { Io } from './io';
import { oneLine, run } from './main';
import { useReadWorkers } from './readPool';

/** The real process: stdout, stderr, the file system (every write atomic, see `writeFileAtomic`). */
export const nodeIo: Io = {
  out: (t) => void process.stdout.write(t),
  err: (t) => void process.stderr.write(t),
  // Regular files only, bounded (a FIFO or /dev/zero never hangs a command).
  readFile: (p) => readRegularFile(p),
  writeFile: (p, d, options) => writeFileAtomic(p, d, options),
  fileKey: (p) =>
    stat(p).then(
      (s) => `${s.dev}:${s.ino}`,
      () => null,
    ),
  isTty: process.stdout.isTTY === true,
};

/** Prints one line for a failure nothing else caught, never a stack trace, and ends with exit code 2. */
function last(e: unknown): void {
  process.stderr.write(oneLine(e));
  process.exit(2);
}

/** Entry point of bin/lke-zi.js. */
export function main(): void {
  // The recap's reader processes run dist/read-worker.js, built beside this bundle (dist/cli.js).
  const worker = join(__dirname, 'read-worker.js');
  if (existsSync(worker)) useReadWorkers(worker);
  process.on('uncaughtException', last);
  process.on('unhandledRejection', last);
  run(process.argv.slice(2), nodeIo).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(oneLine(e));
      process.exitCode = 2;
    },
  );
}
