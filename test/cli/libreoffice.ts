// LibreOffice Calc headless as an independent spreadsheet engine: one soffice call recalculates a handful of
// .xlsx files (fresh profile with OOXMLRecalcMode = 0, so cached values are never trusted) and returns them.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The soffice binary, or null when LibreOffice is not installed. */
export function findSoffice(): string | null {
  for (const name of ['soffice', 'libreoffice']) {
    const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (r.status === 0 && r.stdout.trim() !== '') return r.stdout.trim();
  }
  return null;
}

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * Converts files (name → bytes) to `to` in one soffice run with a fresh profile that recalculates on load (an
 * exceljs workbook carries no cached results, and ours are never trusted); `read` gets each output's path before
 * the temporary folder goes. The one place the tests and benchmarks drive soffice.
 */
export function convertAll<T>(
  soffice: string,
  files: ReadonlyMap<string, Buffer>,
  to: string,
  read: (path: string, name: string) => T,
  timeout = 120_000,
): { out: Map<string, T>; ms: number } {
  const dir = mkdtempSync(join(tmpdir(), 'lke-lo-'));
  try {
    const profile = join(dir, 'profile');
    mkdirSync(join(profile, 'user'), { recursive: true });
    writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
    mkdirSync(join(dir, 'in'));
    const inputs = [...files].map(([name, bytes]) => {
      const p = join(dir, 'in', name);
      writeFileSync(p, bytes);
      return p;
    });
    const t0 = performance.now();
    execFileSync(
      soffice,
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        to,
        '--outdir',
        join(dir, 'out'),
        ...inputs,
      ],
      { stdio: 'pipe', timeout },
    );
    const ms = performance.now() - t0;
    const out = new Map<string, T>();
    for (const name of files.keys())
      out.set(name, read(join(dir, 'out', name.replace(/\.[^.]+$/, `.${to}`)), name));
    return { out, ms };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Recalculates the files (name → bytes) in one soffice run; returns name → recalculated bytes and the time taken. */
export function recalcAll(
  soffice: string,
  files: ReadonlyMap<string, Buffer>,
  to = 'xlsx',
): { out: Map<string, Buffer>; ms: number } {
  return convertAll(soffice, files, to, (path) => readFileSync(path));
}
