import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { InputError } from '../../lke/errors';
import { inflateEntry, type InflateBudget, type ZipEntry } from './zip';
import type { ReadLimits } from './limits';

/** What a part handler hears: tags opening and closing (local names, no prefix) and text. */
export interface XmlHandler {
  open(name: string, attributes: Readonly<Record<string, string>>): void;
  close(name: string): void;
  text(text: string): void;
  /** True once nothing the reader needs can follow in this part: the rest is neither inflated nor parsed. */
  done?(): boolean;
}

const local = (name: string): string => name.slice(name.indexOf(':') + 1);

/**
 * A copy of a parsed text that is kept (a formula, a value, a shared string): V8 makes a substring of 13
 * characters or more a view into the text it was cut from, so every kept formula would keep its whole 16 KB
 * parsed chunk alive, and the collector would copy those chunks again and again while a file is read (about
 * half of the reader's collection time). Joining a space and cutting it off again makes a string of its own.
 *
 * @example
 * own('IF(K6="Ya",1,0)') // → 'IF(K6="Ya",1,0)' (equal, but no longer a view into the sheet's text)
 */
export const own = (s: string): string => (s.length < 13 ? s : (s + ' ').slice(0, -1));

/**
 * Streams one zip part through a non-validating SAX parser (no DTD, no external entities) as it inflates,
 * until the handler says it is {@link XmlHandler.done} (what is left of the part is then not even inflated).
 *
 * @example
 * parsePart(bytes, entry, limits, budget, 'a.xlsx', { open: (n, a) => …, close: () => {}, text: () => {} })
 */
export function parsePart(
  bytes: Uint8Array,
  entry: ZipEntry,
  limits: ReadLimits,
  budget: InflateBudget,
  path: string,
  handler: XmlHandler,
): void {
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on('opentag', (tag: SaxesTagPlain) => handler.open(local(tag.name), tag.attributes));
  parser.on('closetag', (tag: SaxesTagPlain) => handler.close(local(tag.name)));
  parser.on('text', (t: string) => handler.text(t));
  parser.on('cdata', (t: string) => handler.text(t));
  const decoder = new TextDecoder('utf-8');
  let stopped = false;
  try {
    inflateEntry(bytes, entry, limits, budget, path, (piece) => {
      parser.write(decoder.decode(piece, { stream: true }));
      stopped = handler.done?.() === true;
      return !stopped;
    });
    if (stopped) return;
    parser.write(decoder.decode());
    parser.close();
  } catch (e) {
    if (e instanceof InputError) throw e;
    const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new InputError(
      `${path} bukan buku kerja .xlsx yang dapat dibaca (XML ${entry.name} rusak: ${why})`,
      `${path} is not a readable .xlsx workbook (damaged XML in ${entry.name}: ${why})`,
    );
  }
}

/** `<sheet name r:id>` of workbook.xml, in order. */
export function workbookHandler(out: { name: string; rid: string }[]): XmlHandler {
  return {
    open: (name, a) => {
      if (name === 'sheet') out.push({ name: a.name ?? '', rid: a['r:id'] ?? a.id ?? '' });
    },
    close: () => undefined,
    text: () => undefined,
  };
}

/** `<Relationship Id Target>` of a rels part; `types` (when given) gets each one's `Type`. */
export function relsHandler(out: Map<string, string>, types?: Map<string, string>): XmlHandler {
  return {
    open: (name, a) => {
      if (name !== 'Relationship' || a.Id === undefined) return;
      out.set(a.Id, own(a.Target ?? ''));
      types?.set(a.Id, a.Type ?? '');
    },
    close: () => undefined,
    text: () => undefined,
  };
}

/** The shared strings: each `<si>`'s text runs joined (phonetic runs `<rPh>` left out). */
export function sharedStringsHandler(out: string[]): XmlHandler {
  let parts: string[] | null = null;
  let inT = false;
  let phonetic = 0;
  return {
    open: (name) => {
      if (name === 'si') parts = [];
      else if (name === 'rPh') phonetic++;
      else if (name === 't' && phonetic === 0) inT = true;
    },
    close: (name) => {
      if (name === 'si') {
        out.push(own((parts ?? []).join('')));
        parts = null;
      } else if (name === 'rPh') phonetic--;
      else if (name === 't') inT = false;
    },
    text: (t) => {
      if (inT && parts) parts.push(t);
    },
  };
}
