import { InputError } from '../../lke';
import type { RecapEntry } from '../../rekap/types';
import { docxBytes, proposalDocument, proposedUnits } from '../../report';
import type { Io } from '../io';
import { writeOutput } from './template';

/**
 * `rekap … --surat USULAN.docx`: the proposal letter and the SPTJM for the units the recap proposes (TPI
 * verdict), as one editable Word draft.
 */
export async function writeProposal(
  io: Io,
  file: string,
  recap: readonly RecapEntry[],
  year: number | null,
): Promise<void> {
  if (!/\.docx$/i.test(file))
    throw new InputError(
      `--surat harus berkas .docx, bukan ${file}`,
      `--surat must be a .docx file, not ${file}`,
    );
  const units = proposedUnits(recap, year);
  await writeOutput(io, file, Buffer.from(await docxBytes(proposalDocument(units, year))));
  io.err(`Surat usulan dan SPTJM (draf, ${units.length} unit) ditulis ke ${file}.\n`);
}
