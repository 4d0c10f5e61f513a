import type { Issue } from '../lke';

/** An issue as the command line's JSON writes it (`score --json`, `import --json`): the wire names, in this order. */
export interface IssueJson {
  readonly soal_id: number;
  readonly column: Issue['column'];
  readonly field: Issue['field'];
  readonly severity: Issue['severity'];
  readonly code: Issue['code'];
  readonly message_id: string;
  readonly message_en: string;
}

/**
 * The JSON boundary for an issue: the core says `soalId`, the files and scripts that read our JSON say `soal_id`.
 *
 * @example
 * issueJson(validate(LKE_2021, new Map([[1, { unit: 'A.', tpi: null }]]))[0])
 * // → { soal_id: 1, column: 'unit', field: 'answer', severity: 'error', code: 'answer-not-an-option',
 * //     message_id: 'Jawaban "A." bukan salah satu pilihan (Ya/Tidak).', message_en: … }
 */
export function issueJson(i: Issue): IssueJson {
  return {
    soal_id: i.soalId,
    column: i.column,
    field: i.field,
    severity: i.severity,
    code: i.code,
    message_id: i.message_id,
    message_en: i.message_en,
  };
}
