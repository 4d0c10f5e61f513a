// Documents rendered the way a reader sees them: LibreOffice (fresh profile) converts .xlsx/.docx to PDF,
// poppler gives its text (pdftotext -layout), its page count and size (pdfinfo) and page images (pdftoppm).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Recalculate on load (an exceljs workbook carries no cached results). */
const PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export interface RenderedPdf {
  readonly pdf: Buffer;
  readonly text: string;
  readonly pages: number;
  /** Page size in points, from pdfinfo (`842 x 595` for A4 landscape). */
  readonly size: { readonly width: number; readonly height: number };
}

/** Converts documents (name → bytes) to PDF in one soffice run and reads each PDF back. */
export function toPdf(soffice: string, files: ReadonlyMap<string, Buffer>): Map<string, RenderedPdf> {
  const dir = mkdtempSync(join(tmpdir(), 'lke-pdf-'));
  try {
    const profile = join(dir, 'profile');
    mkdirSync(join(profile, 'user'), { recursive: true });
    writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), PROFILE);
    mkdirSync(join(dir, 'in'));
    const inputs = [...files].map(([name, bytes]) => {
      const p = join(dir, 'in', name);
      writeFileSync(p, bytes);
      return p;
    });
    execFileSync(
      soffice,
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        join(dir, 'out'),
        ...inputs,
      ],
      { stdio: 'pipe', timeout: 180_000 },
    );
    const out = new Map<string, RenderedPdf>();
    for (const name of files.keys()) {
      const path = join(dir, 'out', name.replace(/\.[^.]+$/, '.pdf'));
      const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
      const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info);
      out.set(name, {
        pdf: readFileSync(path),
        text: execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 }),
        pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0),
        size: { width: Number(size?.[1] ?? 0), height: Number(size?.[2] ?? 0) },
      });
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Renders pages of a PDF to PNG files (`<prefix>-<n>.png`) at the given resolution; returns their paths. */
export function pagesToPng(pdf: Buffer, prefix: string, first = 1, last = first, dpi = 60): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'lke-png-'));
  const input = join(dir, 'in.pdf');
  writeFileSync(input, pdf);
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    String(dpi),
    '-f',
    String(first),
    '-l',
    String(last),
    input,
    prefix,
  ]);
  rmSync(dir, { recursive: true, force: true });
  const base = prefix.slice(prefix.lastIndexOf('/') + 1);
  const folder = prefix.slice(0, prefix.lastIndexOf('/')) || '.';
  return readdirSync(folder)
    .filter((f) => f.startsWith(`${base}-`) && f.endsWith('.png'))
    .map((f) => join(folder, f));
}

/** Text with its layout spaces collapsed (pdftotext spreads table cells with runs of spaces). */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}
