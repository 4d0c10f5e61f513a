/**
 * Every text the PortalRB server says, in one place: Bahasa Indonesia first (the `message` PortalRB shows the
 * agency), with an English twin for the console and the docs.
 */

/** The error codes of the API's JSON bodies (`{"error": true, "code", "message"}`). */
export type ApiErrorCode =
  | 'TOKEN_MISSING'
  | 'TOKEN_INVALID'
  | 'DATA_NOT_FOUND'
  | 'ROUTE_NOT_FOUND'
  | 'METHOD_NOT_ALLOWED'
  | 'INVALID_UNIT_ID'
  | 'INVALID_REQUEST'
  | 'DUPLICATE_UNIT'
  | 'RATE_LIMITED'
  | 'INTERNAL_ERROR';

export interface ApiError {
  readonly status: 401 | 404 | 405 | 409 | 422 | 429 | 500;
  readonly code: ApiErrorCode;
  readonly message: string;
  readonly messageEn: string;
}

/** The API's errors with their HTTP status and both texts. `seconds` is the wait of a 429. */
export const API_ERRORS = {
  tokenMissing: (): ApiError => ({
    status: 401,
    code: 'TOKEN_MISSING',
    message: 'Token akses tidak ada; kirim header Authorization: Bearer <token>.',
    messageEn: 'No access token; send the header Authorization: Bearer <token>.',
  }),
  tokenInvalid: (): ApiError => ({
    status: 401,
    code: 'TOKEN_INVALID',
    message: 'Token akses tidak sah.',
    messageEn: 'The access token is not valid.',
  }),
  unitNotFound: (): ApiError => ({
    status: 404,
    code: 'DATA_NOT_FOUND',
    message: 'Data unit ini tidak ditemukan atau tidak diusulkan.',
    messageEn: 'No data for this unit, or the unit is not proposed.',
  }),
  routeNotFound: (): ApiError => ({
    status: 404,
    code: 'ROUTE_NOT_FOUND',
    message: 'Alamat tidak dikenal.',
    messageEn: 'Unknown address.',
  }),
  methodNotAllowed: (): ApiError => ({
    status: 405,
    code: 'METHOD_NOT_ALLOWED',
    message: 'Metode tidak diizinkan; gunakan GET.',
    messageEn: 'Method not allowed; use GET.',
  }),
  invalidUnitId: (): ApiError => ({
    status: 422,
    code: 'INVALID_UNIT_ID',
    message:
      'ID unit tidak sah: 1 sampai 64 karakter huruf, angka, titik, garis bawah atau tanda hubung, tidak diawali titik.',
    messageEn:
      'Invalid unit id: 1 to 64 letters, digits, dots, underscores or hyphens, not starting with a dot.',
  }),
  invalidRequest: (): ApiError => ({
    status: 422,
    code: 'INVALID_REQUEST',
    message: 'Permintaan tidak sah.',
    messageEn: 'Invalid request.',
  }),
  duplicateUnit: (files: number): ApiError => ({
    status: 409,
    code: 'DUPLICATE_UNIT',
    message: `Unit ini ada di ${files} berkas; instansi perlu menyisakan satu berkas untuk unit ini.`,
    messageEn: `This unit is in ${files} files; the agency must keep one file for it.`,
  }),
  rateLimited: (seconds: number): ApiError => ({
    status: 429,
    code: 'RATE_LIMITED',
    message: `Terlalu banyak permintaan; coba lagi dalam ${seconds} detik.`,
    messageEn: `Too many requests; try again in ${seconds} seconds.`,
  }),
  internal: (): ApiError => ({
    status: 500,
    code: 'INTERNAL_ERROR',
    message: 'Terjadi kesalahan di server instansi; coba lagi.',
    messageEn: 'An error occurred on the agency’s server; try again.',
  }),
} as const;

/** The JSON body of an error, as PortalRB expects it. */
export function errorBody(e: ApiError): string {
  return JSON.stringify({ error: true, code: e.code, message: e.message });
}

/** Console lines (stderr) of `lke-zi serve`: Indonesian, the English twin in brackets. */
export const CONSOLE = {
  listening: (url: string, units: number, proposed: number, ms: number) =>
    `lke-zi serve: melayani ${url} (${units} unit terbaca, ${proposed} diusulkan, siap dalam ${ms} ms) [serving ${url}: ${units} units read, ${proposed} proposed, ready in ${ms} ms]`,
  reading: (files: number, dir: string) =>
    `lke-zi serve: membaca ${files} berkas dari ${dir}… [reading ${files} files]`,
  httpWarning: () =>
    'lke-zi serve: PERINGATAN: tanpa --cert/--key server ini memakai HTTP, padahal PortalRB mensyaratkan HTTPS; pasang di belakang reverse proxy (nginx) dengan sertifikat instansi [WARNING: plain HTTP; PortalRB requires HTTPS: put it behind a reverse proxy with the agency’s certificate, or give --cert and --key]',
  openHost: (host: string) =>
    `lke-zi serve: PERINGATAN: mendengarkan di ${host} tanpa HTTPS; token akan lewat jaringan tanpa enkripsi [WARNING: listening on ${host} without HTTPS; tokens would cross the network in clear]`,
  read: (file: string) => `lke-zi serve: dibaca ulang: ${file} [re-read]`,
  removed: (file: string) => `lke-zi serve: berkas dihapus: ${file} [file removed]`,
  unreadable: (file: string, reason: string, kept: boolean) =>
    `lke-zi serve: tidak terbaca: ${file}: ${reason}${kept ? ' (bacaan terakhir yang utuh tetap dilayani)' : ''} [unreadable${kept ? '; the last good reading is still served' : ''}]`,
  duplicate: (id: string, files: readonly string[]) =>
    `lke-zi serve: unit ganda ${id} di ${files.join(', ')}: dijawab 409 sampai tersisa satu berkas [duplicate unit: answered 409 until one file is left]`,
  noId: (file: string) =>
    `lke-zi serve: ${file}: unit tanpa ID (Profil B4 / unit_id) atau ID tidak sah; tidak dapat dilayani [unit without a valid id: cannot be served]`,
  usulanMissing: (ids: readonly string[]) =>
    `lke-zi serve: unit dalam --usulan tidak ada di folder: ${ids.join(', ')} [units of --usulan not in the folder]`,
  scanFailed: (why: string) =>
    `lke-zi serve: folder tidak dapat dibaca saat ini (${why}); bacaan terakhir tetap dilayani [folder unreadable now; last readings kept]`,
  failure: (why: string) => `lke-zi serve: galat saat melayani permintaan: ${why} [error while serving]`,
  stopped: () => 'lke-zi serve: berhenti [stopped]',
} as const;
