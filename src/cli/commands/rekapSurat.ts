import { InputError } from '../../lke';
import type { RecapEntry } from '../../rekap/types';
import type { Io } from '../io';
import { writeOutput } from '../atomic';

/**
 * `rekap … --surat USULAN.docx`: the proposal letter and the SPTJM for the units the recap proposes (TPI
 * verdict), as one editable Word draft.
 */
export async function writeProposal(
  io: Io,
  file: string,
  recap: readonly RecapEntry[],
  year: number | null,
  replace = false,
): Promise<void> {
  if (!/\.docx$/i.test(file))
    throw new InputError(
      `--surat harus berkas .docx, bukan ${file}`,
      `--surat must be a .docx file, not ${file}`,
    );
  // The Word writer (docx) is loaded only here: a recap without --surat never pays for it.
  const { docxBytes, proposalDocument, proposedUnits } = await import('../../report');
  const units = proposedUnits(recap, year);
  await writeOutput(io, file, Buffer.from(await docxBytes(proposalDocument(units, year))), { replace });
  io.err(`Surat usulan dan SPTJM (draf, ${units.length} unit) ditulis ke ${file}.\n`);
}
