import type { RowRefusal } from './readRows';

/** A message in Bahasa Indonesia with its English twin. */
export interface Said {
  readonly id: string;
  readonly en: string;
}

/**
 * Why a template's sheets cannot be read, in words for the user (the caller puts the file name first).
 *
 * @example
 * missingSheetText('Jawaban') // → { id: 'lembar (sheet) Jawaban tidak ditemukan; …', en: 'sheet Jawaban not found; …' }
 */
export function missingSheetText(sheet: string): Said {
  return {
    id: `lembar (sheet) ${sheet} tidak ditemukan; nama lembar templat tidak boleh diubah atau dihapus`,
    en: `sheet ${sheet} not found; the template's sheets must not be renamed or deleted`,
  };
}

/**
 * Why the rows of sheet Jawaban were not read.
 *
 * @example
 * rowRefusalText({ kind: 'missing-id', soalId: 17 }).en // → 'sheet Jawaban: no row holds soal 17 in column B; …'
 */
export function rowRefusalText(r: RowRefusal): Said {
  switch (r.kind) {
    case 'missing-id':
      return {
        id: `lembar Jawaban: tidak ada baris berisi soal ${r.soalId} di kolom B; baris soal tidak boleh dihapus, dan nomor soal tidak boleh diubah (baris tidak dibaca bergeser)`,
        en: `sheet Jawaban: no row holds soal ${r.soalId} in column B; question rows must not be deleted nor their soal numbers changed (rows are never read shifted)`,
      };
    case 'duplicate-id':
      return {
        id: `lembar Jawaban: soal ${r.soalId} ada di beberapa baris (${r.rows.join(', ')}); hapus salinannya`,
        en: `sheet Jawaban: soal ${r.soalId} is in several rows (${r.rows.join(', ')}); delete the copies`,
      };
    default: {
      const never: never = r;
      return never;
    }
  }
}
