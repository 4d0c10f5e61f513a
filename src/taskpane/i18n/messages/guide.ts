import type { Bilingual } from './types';

// ---- issue 11 (the `pane` helper): the guide through the sheet ------------------------------------------------
// "Soal ini" (the question under the cursor), the first-run card, the link between views, and the texts of the
// reordered Validasi and Tinjau, the advice form of the path to WBK/WBBM, the export fallback and the import check.

/** Soal ini: the question whose row holds the cursor in sheet Jawaban. */
export const SOAL_INI = {
  soalTitle: { id: 'Soal ini', en: 'This question' },
  soalShow: { id: 'Tampilkan', en: 'Show' },
  soalHide: { id: 'Sembunyikan', en: 'Hide' },
  soalWhere: { id: '{code} · baris {row}', en: '{code} · row {row}' },
  soalCriteria: { id: 'Arti pilihan jawaban', en: 'What each option means' },
  soalCriteriaText: { id: 'Kriteria', en: 'Criteria' },
  soalAnswers: { id: 'Jawaban yang terbaca', en: 'Answers as read' },
  soalAnswer: { id: 'Jawaban {side}: {answer}', en: '{side} answer: {answer}' },
  readOk: { id: 'dihitung', en: 'counted' },
  readNormalised: { id: 'dibaca sebagai {value}', en: 'read as {value}' },
  readEmpty: { id: 'belum diisi', en: 'not filled in' },
  readInvalid: { id: 'tidak dihitung', en: 'not counted' },
  soalProblems: { id: 'Masalah', en: 'Problems' },
  soalNoProblem: { id: 'Tidak ada masalah isian.', en: 'No entry problem.' },
  soalEvidence: { id: 'Bukti dukung', en: 'Evidence' },
  soalEvidenceNone: { id: 'Belum ada tautan bukti dukung.', en: 'No evidence link yet.' },
  soalEvidenceText: {
    id: 'Isian bukan tautan http(s), jadi tidak dapat dibuka dari panel: {text}',
    en: 'The entry is not an http(s) link, so the pane cannot open it: {text}',
  },
  soalEvidenceOpens: {
    id: 'Tautan dibuka di peramban, di luar panel.',
    en: 'Links open in the browser, outside the pane.',
  },
  soalFeeds: { id: 'Dipakai untuk {code}: {label}', en: 'Feeds {code}: {label}' },
  soalRole: { id: 'Peran soal ini: {role}', en: 'This question’s part: {role}' },
  rolePlus: { id: 'pembilang', en: 'numerator' },
  roleMinus: { id: 'pengurang pembilang', en: 'subtracted from the numerator' },
  roleDenominator: { id: 'pembagi', en: 'denominator' },
  roleAlso: { id: 'wajib diisi agar persentase dihitung', en: 'required for the share to count' },
  ruleShare: {
    id: 'Persentase = {plus} dibagi {den}, paling tinggi 100 %.',
    en: 'Share = {plus} divided by {den}, at most 100 %.',
  },
  ruleShareMinus: {
    id: 'Persentase = ({plus} dikurangi {minus}) dibagi {den}, paling rendah 0 %, paling tinggi 100 %.',
    en: 'Share = ({plus} minus {minus}) divided by {den}, at least 0 %, at most 100 %.',
  },
  ruleZero: {
    id: 'Bila pembaginya 0, persentasenya 0 %.',
    en: 'When the denominator is 0, the share is 0 %.',
  },
  ruleOne: {
    id: 'Bila pembaginya 0, persentasenya 100 % (tidak ada yang wajib).',
    en: 'When the denominator is 0, the share is 100 % (nothing was owed).',
  },
  ruleOneIfNoMinus: {
    id: 'Bila pembaginya 0, persentasenya 100 % asal {minus} juga 0.',
    en: 'When the denominator is 0, the share is 100 % provided {minus} is 0 too.',
  },
  ruleAnd: { id: ' + ', en: ' + ' },
  soalShareNow: { id: 'Kini: unit {unit}, TPI {tpi}', en: 'Now: unit {unit}, TPI {tpi}' },
  shareUnknown: { id: 'belum dihitung', en: 'not computed yet' },
  percent: { id: '{value} %', en: '{value} %' },
  soalGoTo: { id: 'Pilih sel {cell}', en: 'Select cell {cell}' },
} as const satisfies Readonly<Record<string, Bilingual>>;

/** The first-run card and the way on to the next unanswered question. */
export const NEXT_STEPS = {
  nextTitle: { id: 'Langkah berikutnya', en: 'Next steps' },
  nextFill: {
    id: 'Isi jawaban unit di kolom {answer} (pilih dari daftar di sel).',
    en: 'Fill in the unit’s answers in column {answer} (pick from the list in the cell).',
  },
  nextNotes: {
    id: 'Catatan di kolom {note}, tautan bukti dukung (alamat http/https) di kolom {evidence}.',
    en: 'Notes go in column {note}, evidence links (http/https addresses) in column {evidence}.',
  },
  nextTpi: {
    id: 'TPI mengisi jawabannya di kolom {answer} dan catatannya di kolom {note}.',
    en: 'The TPI puts its answers in column {answer} and its notes in column {note}.',
  },
  nextHint: {
    id: 'Pilih sel di baris soal: panel menampilkan soal itu dan arti pilihannya.',
    en: 'Select a cell on a question’s row: the pane shows that question and what its options mean.',
  },
  nextGo: { id: 'Ke jawaban pertama yang belum diisi ({cell})', en: 'Go to the first empty answer ({cell})' },
  nextLeft: {
    id: '{count} soal belum dijawab ({side}).',
    en: '{count} questions not yet answered ({side}).',
  },
  nextContinue: { id: 'Ke soal berikutnya ({cell})', en: 'Go to the next one ({cell})' },
  openAudit: { id: 'Buka Audit rumus di Tinjau', en: 'Open the Formula audit in Review' },
} as const satisfies Readonly<Record<string, Bilingual>>;

/** Validasi in the order that matters: errors, unanswered questions, warnings per area, infos. */
export const VALIDASI_ORDER = {
  countsLine: {
    id: '{errors} kesalahan · {missing} belum dijawab · {warnings} peringatan · {infos} info',
    en: 'errors {errors} · not answered {missing} · warnings {warnings} · infos {infos}',
  },
  sectionErrors: { id: 'Kesalahan ({count})', en: 'Errors ({count})' },
  errorsNone: { id: 'Tidak ada kesalahan isian.', en: 'No entry errors.' },
  sectionMissing: { id: 'Belum dijawab ({count})', en: 'Not answered ({count})' },
  sectionWarnings: { id: 'Peringatan ({count})', en: 'Warnings ({count})' },
  sectionInfos: { id: 'Info ({count})', en: 'Infos ({count})' },
  warnEvidence: {
    id: '{area}: {count} soal tanpa tautan bukti dukung',
    en: '{area}: {count} questions without an evidence link',
  },
  warnOther: { id: '{area}: {count} peringatan', en: '{area}: {count} warnings' },
  missingItem: { id: '{code} · {side}', en: '{code} · {side}' },
  showList: { id: 'Tampilkan daftar', en: 'Show the list' },
  sevMissing: { id: 'Belum dijawab', en: 'Not answered' },
} as const satisfies Readonly<Record<string, Bilingual>>;

/** Tinjau: filters of the differences, and the path to WBK/WBBM as what must hold. */
export const TINJAU_GUIDE = {
  filterArea: { id: 'Bagian', en: 'Part' },
  filterVerdict: { id: 'Hanya yang mengubah kesimpulan', en: 'Only those that change the verdict' },
  diffShown: { id: '{shown} dari {count} ditampilkan', en: '{shown} of {count} shown' },
  diffChangesVerdict: { id: 'Mengubah kesimpulan TPI', en: 'Changes the TPI verdict' },
  pathHeading: {
    id: 'Menuju {predicate}: yang masih kurang ({side})',
    en: 'Menuju {predicate}: what is short ({side})',
  },
  pathHonest: {
    id: 'Yang harus benar agar nilai memenuhi syarat. Jawaban hanya berubah bila bukti dukungnya memang ada; ini bukan saran mengubah isian.',
    en: 'What would have to be true for the score to pass. An answer changes only when the evidence supports it; this is not advice to change an entry.',
  },
  pathFailing: { id: 'Kriteria yang belum terpenuhi', en: 'Criteria not met' },
  pathCriterion: {
    id: '{label}: minimal {threshold} poin; kini {value}',
    en: '{label}: at least {threshold} points; now {value}',
  },
  pathNeeds: { id: 'Syarat yang memenuhinya ({count})', en: 'Conditions that would meet them ({count})' },
  needSurvey: {
    id: '{code} {text}: minimal {least}; kini {now}',
    en: '{code} {text}: at least {least}; now {now}',
  },
  needOption: {
    id: '{code} {text}: minimal pilihan {least}; kini {now}',
    en: '{code} {text}: at least option {least}; now {now}',
  },
  needShare: {
    id: '{code} {label}: minimal {least}; kini {now}',
    en: '{code} {label}: at least {least}; now {now}',
  },
  needAtLeast: {
    id: '{text} ({code}) minimal {value}; kini {now}',
    en: '{text} ({code}) at least {value}; now {now}',
  },
  needAtMost: {
    id: '{text} ({code}) paling banyak {value}; kini {now}',
    en: '{text} ({code}) at most {value}; now {now}',
  },
  needGain: { id: 'menambah {gain} poin', en: 'adds {gain} points' },
} as const satisfies Readonly<Record<string, Bilingual>>;

/** Ekspor: a way that needs no download, and the check of an imported file. */
export const EKSPOR_GUIDE = {
  exportCopy: { id: 'Salin JSON ke papan klip', en: 'Copy the JSON to the clipboard' },
  exportShow: { id: 'Tampilkan teks JSON', en: 'Show the JSON text' },
  exportCopied: {
    id: 'Teks JSON disalin. Tempel ke berkas baru bernama {file}.',
    en: 'The JSON text was copied. Paste it into a new file named {file}.',
  },
  exportCopyFailed: {
    id: 'Papan klip tidak tersedia di sini. Pilih teks di kotak di bawah, salin (Ctrl+C) dan simpan sebagai {file}.',
    en: 'The clipboard is not available here. Select the text in the box below, copy it (Ctrl+C) and save it as {file}.',
  },
  exportFallbackHint: {
    id: 'Bila unduhan tidak berjalan di Excel Anda, salin teksnya dan simpan sendiri sebagai {file}.',
    en: 'If the download does not work in your Excel, copy the text and save it yourself as {file}.',
  },
  exportText: { id: 'Teks JSON (hanya baca)', en: 'JSON text (read-only)' },
  importProblems: {
    id: '{count} isian dari berkas akan menjadi kesalahan atau peringatan di Validasi.',
    en: '{count} entries from the file would be errors or warnings in Checks.',
  },
  importProblem: { id: '{severity}: {message}', en: '{severity}: {message}' },
} as const satisfies Readonly<Record<string, Bilingual>>;
