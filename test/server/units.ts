// Units for the server tests: PortalRB answers files and workbooks of our template, made with the helpers the
// rekap and workbook tests use.
import { HELD_OPTIONS, PROFIL, SHEETS } from '../../src/workbook';
import { LKE_2021, toPortalAnswers, type Entry, type PortalAnswersFile } from '../../src/lke';
import { filled, openXlsx } from '../cli/workbookFixtures';
import { best, entriesOf, worst } from '../lke/fixtures';

export { best, worst, entriesOf };

/** Best answers with `note` as every unit note (a second version of a unit differs by it). */
export function bestWith(note: string | null = null): Map<number, Entry> {
  const m = entriesOf(best);
  for (const [id, e] of m) m.set(id, { ...e, unitNote: note });
  return m;
}

export function answers(id: string, name: string, entries: Map<number, Entry>): PortalAnswersFile {
  return toPortalAnswers(LKE_2021, entries, { unitId: id, unitName: name, year: 2026 });
}

export function answersText(id: string, name: string, entries: Map<number, Entry>): string {
  return JSON.stringify(answers(id, name, entries), null, 1);
}

/** A workbook of our template holding these answers; `heldWbk` ticks "Menuju WBK" in Profil (WBBM route). */
export async function workbook(file: PortalAnswersFile, heldWbk = false): Promise<Buffer> {
  const bytes = await filled(file);
  if (!heldWbk) return bytes;
  const wb = await openXlsx(bytes);
  const profil = wb.getWorksheet(SHEETS.profil);
  if (!profil) throw new Error('no Profil');
  profil.getCell(PROFIL.held).value = HELD_OPTIONS.WBK;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
