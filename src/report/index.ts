/** Reports for the leader (LHE, proposal letter + SPTJM): pure builders over the engine, one DOCX writer. */
export type { Block, ReportDocument } from './blocks';
export { plainText } from './blocks';
export { docxBytes } from './docx';
export { lheDocument, DRAFT_MARK } from './lhe';
export type { LheInput, LheUnit } from './lheInput';
export { verdictFor, type ReportVerdict } from './verdict';
export { idNumber, idPercent, idMargin } from './format';
export { proposalDocument, proposedUnits, type ProposedUnit } from './surat';
