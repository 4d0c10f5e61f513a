import { createHash, timingSafeEqual } from 'node:crypto';
import { InputError } from '../lke/errors';

/** Tokens as SHA-256 digests (never kept in clear), in file order; a match is reported by its 1-based place. */
export interface TokenSet {
  readonly size: number;
  /** The 1-based place of the presented token in the file, or null. Every digest is compared, in constant time. */
  readonly match: (presented: string) => number | null;
}

const SHA = /^sha256:([0-9a-fA-F]{64})$/;
const TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/;
/** A token typed in clear must be at least this long (a guessable token is no lock). */
export const MIN_TOKEN_LENGTH = 16;

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/**
 * Reads a tokens file: one token per line, blank lines and lines starting with `#` ignored; a line
 * `sha256:<64 hex>` gives the token's SHA-256 digest instead of the token. Throws {@link InputError} naming the
 * line (never its text) when a line is neither, and when the file holds no token.
 *
 * @example
 * parseTokens('# PortalRB\nk9V2pQ7sX4mR8tL1wZ3n\nsha256:' + 'ab'.repeat(32) + '\n').size // → 2
 */
export function parseTokens(text: string, file = 'tokens'): TokenSet {
  const hashes: Buffer[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const sha = SHA.exec(line);
    if (sha?.[1]) hashes.push(Buffer.from(sha[1], 'hex'));
    else if (TOKEN.test(line) && line.length >= MIN_TOKEN_LENGTH) hashes.push(digest(line));
    else
      throw new InputError(
        `${file} baris ${i + 1}: bukan token (minimal ${MIN_TOKEN_LENGTH} karakter huruf, angka atau -._~+/, tanpa spasi) dan bukan sha256:<64 heksadesimal>`,
        `${file} line ${i + 1}: not a token (at least ${MIN_TOKEN_LENGTH} letters, digits or -._~+/, no spaces) nor sha256:<64 hex>`,
      );
  });
  if (hashes.length === 0) throw new InputError(`${file} tidak berisi token`, `${file} holds no token`);
  return {
    size: hashes.length,
    match: (presented) => {
      const d = digest(presented);
      let found: number | null = null;
      hashes.forEach((h, i) => {
        if (timingSafeEqual(d, h) && found === null) found = i + 1;
      });
      return found;
    },
  };
}

/**
 * The token of an `Authorization: Bearer <token>` header, or null when the header is absent or not Bearer.
 *
 * @example
 * bearerToken('Bearer abc.def') // → 'abc.def'
 * bearerToken('Basic dXNlcg==') // → null
 */
export function bearerToken(header: string | undefined): string | null {
  if (header === undefined) return null;
  const m = /^Bearer +(\S+) *$/i.exec(header);
  return m?.[1] ?? null;
}
