import { evaluate, InputError, LKE_2021, THRESHOLDS_2021 } from '../../lke';
import { SHEETS, workbookRecommendations } from '../../workbook';
import type { LheInput } from '../../report';
import { flagText, parseArgs } from '../args';
import { EXIT, type ExitCode, type Io } from '../io';
import { loadLke } from '../sources';
import { openedBook } from '../xlsx/openedBook';
import { isTemplateBook, readTemplateBook } from '../xlsx/templateSource';
import { bookSource } from '../xlsx/xlsxBook';
import { readInput } from './score';
import { writeOutput } from '../atomic';

export const LAPORAN_USAGE = 'lke-zi laporan FILE(.xlsx|.json) --out LHE.docx [--force]';

/** The LHE input of a file: our workbook (with the TPI's recommendations and the audit), or any other LKE file. */
async function lheInput(bytes: Buffer, file: string): Promise<LheInput> {
  const base = { catalogue: LKE_2021, thresholds: THRESHOLDS_2021 };
  const book = openedBook(bytes, file);
  if (book && isTemplateBook(book)) {
    const r = readTemplateBook(book);
    const rekap = bookSource(book).sheet(SHEETS.rekap);
    const rec = workbookRecommendations(LKE_2021, THRESHOLDS_2021, (a) => rekap?.cell(a).value ?? null);
    const profile = r.profile.profile;
    return {
      ...base,
      entries: r.entries,
      profile,
      evaluation: evaluate(LKE_2021, THRESHOLDS_2021, r.entries, profile),
      unit: { name: r.meta.unitName, id: r.meta.unitId, instansi: r.profile.instansi, year: r.meta.year },
      audit: r.audit,
      recommendations: rec.texts,
      recommendationCell: rec.cellOf,
    };
  }
  const loaded = await loadLke(bytes, file);
  const profile = loaded.profile ?? { heldPredicate: 'none' as const };
  return {
    ...base,
    entries: loaded.entries,
    profile,
    evaluation: evaluate(LKE_2021, THRESHOLDS_2021, loaded.entries, profile),
    unit: { name: loaded.meta.unitName, id: loaded.meta.unitId, instansi: null, year: loaded.meta.year },
    audit: [],
    recommendations: new Map(),
  };
}

/**
 * `lke-zi laporan FILE --out LHE.docx`: the TPI's evaluation report (LHE) of one unit as an editable Word
 * document marked DRAF, written from the engine's figures of the file.
 */
export async function laporanCommand(argv: readonly string[], io: Io): Promise<ExitCode> {
  const args = parseArgs(argv, { booleans: ['force'], values: ['out'] });
  const file = args.positional[0];
  const out = flagText(args, 'out');
  if (file === undefined || args.positional.length > 1 || out === undefined)
    throw new InputError(`pemakaian: ${LAPORAN_USAGE}`, `usage: ${LAPORAN_USAGE}`);
  if (!/\.docx$/i.test(out))
    throw new InputError(`--out harus berkas .docx, bukan ${out}`, `--out must be a .docx file, not ${out}`);
  const input = await lheInput(await readInput(io, file), file);
  // The Word writer (docx) is loaded only by the commands that write Word documents.
  const { docxBytes, lheDocument } = await import('../../report');
  await writeOutput(io, out, Buffer.from(await docxBytes(lheDocument(input))), {
    replace: args.flags.get('force') === true,
  });
  io.out(`LHE (draf) ${input.unit.name ?? file} ditulis ke ${out}.\n`);
  return EXIT.ok;
}
