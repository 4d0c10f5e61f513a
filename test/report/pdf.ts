// Documents rendered the way a reader sees them: LibreOffice (test/cli/libreoffice.ts) converts .xlsx/.docx to PDF,
// poppler gives its text (pdftotext -layout), its page count and size (pdfinfo) and page images (pdftoppm).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convertAll } from '../cli/libreoffice';

export interface RenderedPdf {
  readonly pdf: Buffer;
  readonly text: string;
  readonly pages: number;
  /** Page size in points, from pdfinfo (`842 x 595` for A4 landscape). */
  readonly size: { readonly width: number; readonly height: number };
}

/** Converts documents (name → bytes) to PDF in one soffice run and reads each PDF back. */
export function toPdf(soffice: string, files: ReadonlyMap<string, Buffer>): Map<string, RenderedPdf> {
  return convertAll(
    soffice,
    files,
    'pdf',
    (path): RenderedPdf => {
      const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
      const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info);
      return {
        pdf: readFileSync(path),
        text: execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 }),
        pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0),
        size: { width: Number(size?.[1] ?? 0), height: Number(size?.[2] ?? 0) },
      };
    },
    180_000,
  ).out;
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
