import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { nodeIo } from '../../src/cli/node';
import { LKE_2021, toPortalAnswers, type Answer, type Entry } from '../../src/lke';
import type { Io } from '../../src/cli/io';

export function tempDir(prefix = 'lke-rekap-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function writeAnswers(
  dir: string,
  name: string,
  entries: Map<number, Entry>,
  unitId: string | null,
  unitName: string,
): string {
  const path = join(dir, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path, JSON.stringify(toPortalAnswers(LKE_2021, entries, { unitId, unitName, year: 2026 })));
  return path;
}

/** The real file system (atomic, refusing writes as `lke-zi` does) with captured streams. */
export function fsIo(): Io & { stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  return {
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    readFile: (p) => readFile(p),
    writeFile: nodeIo.writeFile,
    fileKey: nodeIo.fileKey,
    isTty: false,
    stdout: () => out,
    stderr: () => err,
  };
}

export type AnswerOf = (soalId: number) => Answer;
