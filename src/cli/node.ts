import { writeFile } from 'node:fs/promises';
import { readRegularFile } from './readFile';
import type { Io } from './io';
import { run } from './main';

/** The real process: stdout, stderr, the file system. */
export const nodeIo: Io = {
  out: (t) => void process.stdout.write(t),
  err: (t) => void process.stderr.write(t),
  // Regular files only, bounded (a FIFO or /dev/zero never hangs a command).
  readFile: (p) => readRegularFile(p),
  writeFile: (p, d) => writeFile(p, d),
  isTty: process.stdout.isTTY === true,
};

/** Entry point of bin/lke-zi.js. */
export function main(): void {
  run(process.argv.slice(2), nodeIo).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`lke-zi: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
