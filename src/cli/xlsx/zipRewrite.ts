import { once } from 'node:events';
import { constants, crc32, createDeflateRaw, inflateRawSync } from 'node:zlib';
import { Zip, type ZipInputFile } from 'fflate';
import { storedBytes, zipDirectory, type ZipEntry } from './zip';
import { xmlText } from './xmlText';

/** New content for a part: text, or pieces read in order (a spool file, a piece at a time). */
export type PartContent = string | (() => AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>);

/** An archive being rewritten: the text of a part, for the edits that start from it. */
export interface ZipParts {
  /** A part's text (inflated); null when the archive has no such part. */
  text(name: string): string | null;
}

const PATH = 'rekap.xlsx';

/** Node's buffers as fflate's types name them (they are views of an ArrayBuffer, never a shared one). */
const bytesOf = (b: Uint8Array): Uint8Array<ArrayBuffer> => b as Uint8Array<ArrayBuffer>;

/** A file for fflate's streaming Zip whose compressed pieces we hand over ourselves (through its `ondata`). */
function fedFile(name: string, compression: number): ZipInputFile {
  return { filename: name, compression, size: 0, crc: 0 };
}

/** Deflates `content` with Node's zlib into `file`, a piece at a time, with its CRC-32 and size. */
async function deflateInto(file: ZipInputFile, content: PartContent): Promise<void> {
  const deflate = createDeflateRaw({ level: constants.Z_BEST_SPEED });
  deflate.on('data', (c: Buffer) => file.ondata?.(null, bytesOf(c), false));
  const ended = once(deflate, 'end');
  let crc = 0;
  let size = 0;
  const pieces = typeof content === 'string' ? [content] : content();
  for await (const piece of pieces) {
    const bytes = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
    crc = crc32(bytes, crc);
    size += bytes.length;
    if (!deflate.write(bytes)) await once(deflate, 'drain');
  }
  deflate.end();
  await ended;
  file.crc = crc;
  file.size = size;
  file.ondata?.(null, new Uint8Array(0), true);
}

/**
 * Opens an .xlsx this command has just written, for {@link rewriteZip}: its part names and their text.
 *
 * @example
 * zipParts(bytes).text('[Content_Types].xml') // → '<?xml version="1.0" …'
 */
export function zipParts(xlsx: Uint8Array): ZipParts {
  const dir = zipDirectory(xlsx, PATH);
  if (!dir) throw new Error('not a zip archive');
  return {
    text: (name) => {
      const e = dir.get(name);
      if (!e) return null;
      const stored = storedBytes(xlsx, e, PATH);
      return (e.method === 8 ? inflateRawSync(stored) : Buffer.from(stored)).toString('utf8');
    },
  };
}

/**
 * The archive again, with `changes` applied: a part named there gets the new content (deflated with Node's
 * zlib, piece by piece, so a large part never sits whole in memory), a name the archive lacks is added after
 * the others, and every other part is copied as it is stored (its compressed bytes, CRC and sizes; never
 * inflated and deflated again). Written for the recap workbook, whose chart and sheet Masalah rows are added
 * after exceljs has written the rest.
 *
 * @example
 * await rewriteZip(bytes, new Map([['xl/charts/chart1.xml', chartXml]])) // → the .xlsx with the chart part
 */
export async function rewriteZip(
  xlsx: Uint8Array,
  changes: ReadonlyMap<string, PartContent>,
): Promise<Buffer> {
  const dir = zipDirectory(xlsx, PATH);
  if (!dir) throw new Error('not a zip archive');
  const out: Uint8Array[] = [];
  const state: { failed: string | null } = { failed: null };
  let done: () => void = () => undefined;
  const finished = new Promise<void>((ok) => (done = ok));
  const zip = new Zip((err, chunk, final) => {
    if (err) state.failed ??= err.message;
    else out.push(chunk);
    if (final || err) done();
  });
  const copy = (e: ZipEntry): void => {
    const file = fedFile(e.name, e.method);
    zip.add(file);
    file.crc = e.crc;
    file.size = e.size;
    file.ondata?.(null, bytesOf(storedBytes(xlsx, e, PATH)), true);
  };
  const put = async (name: string, content: PartContent): Promise<void> => {
    const file = fedFile(name, 8);
    zip.add(file);
    await deflateInto(file, content);
  };
  for (const e of dir.values()) {
    const content = changes.get(e.name);
    if (content === undefined) copy(e);
    else await put(e.name, content);
  }
  for (const [name, content] of changes) if (!dir.has(name)) await put(name, content);
  zip.end();
  await finished;
  if (state.failed !== null) throw new Error(`zip: ${state.failed}`);
  return Buffer.concat(out);
}

/** A part's text that the archive must have (our own writer made it). */
export function partText(zip: ZipParts, path: string): string {
  const t = zip.text(path);
  if (t === null) throw new Error(`xlsx without ${path}`);
  return t;
}

/**
 * The part path of a sheet by its name (`xl/worksheets/sheet3.xml`), from workbook.xml and its rels.
 *
 * @example
 * sheetPart(zipParts(bytes), 'Masalah') // → 'xl/worksheets/sheet2.xml'
 */
export function sheetPart(zip: ZipParts, name: string): string {
  const wb = partText(zip, 'xl/workbook.xml');
  const m = new RegExp(`<sheet [^>]*name="${xmlText(name)}"[^>]*r:id="([^"]+)"`).exec(wb);
  const rid = m?.[1];
  const rels = partText(zip, 'xl/_rels/workbook.xml.rels');
  const target = rid
    ? (new RegExp(`<Relationship [^>]*Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
      new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)?.[1])
    : undefined;
  if (!target) throw new Error(`no sheet "${name}" in the workbook`);
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}
