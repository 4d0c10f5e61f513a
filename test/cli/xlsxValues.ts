// Reads cached cell values straight from an .xlsx's XML (exceljs drops cached results that are 0, false or ""),
// and resolves workbook names to their cells.
import { zipEntry } from '../../src/cli/xlsx/circulatedSniff';

export type XlsxValue = number | string | boolean | { error: string } | null;

const unescape = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

function text(bytes: Buffer, name: string): string {
  const b = zipEntry(bytes, name);
  if (!b) throw new Error(`${name} missing`);
  return b.toString('utf8');
}

/** A reader of cell values by sheet name and address, and of workbook names. */
export function xlsxValues(bytes: Buffer): {
  cell: (sheet: string, address: string) => XlsxValue;
  name: (n: string) => XlsxValue;
} {
  const workbook = text(bytes, 'xl/workbook.xml');
  const rels = text(bytes, 'xl/_rels/workbook.xml.rels');
  const shared: string[] = [];
  const sst = zipEntry(bytes, 'xl/sharedStrings.xml')?.toString('utf8') ?? '';
  for (const si of sst.matchAll(/<si>([\s\S]*?)<\/si>/g)) {
    shared.push(
      unescape([...(si[1] ?? '').matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1] ?? '').join('')),
    );
  }
  const sheetFile = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*?name="([^"]*)"[^>]*?r:id="([^"]*)"/g)) {
    const target =
      new RegExp(`<Relationship[^>]*Id="${m[2] ?? ''}"[^>]*Target="([^"]*)"`).exec(rels)?.[1] ??
      new RegExp(`<Relationship[^>]*Target="([^"]*)"[^>]*Id="${m[2] ?? ''}"`).exec(rels)?.[1] ??
      '';
    sheetFile.set(unescape(m[1] ?? ''), `xl/${target.replace(/^\/?xl\//, '')}`);
  }
  const sheets = new Map<string, string>();
  const cell = (sheet: string, address: string): XlsxValue => {
    const file = sheetFile.get(sheet);
    if (!file) throw new Error(`no sheet ${sheet}`);
    let xml = sheets.get(file);
    if (xml === undefined) {
      xml = text(bytes, file);
      sheets.set(file, xml);
    }
    const m = new RegExp(`<c r="${address}"([^>]*?)(?:/>|>([\\s\\S]*?)</c>)`).exec(xml);
    if (!m) return null;
    const type = /\bt="(\w+)"/.exec(m[1] ?? '')?.[1] ?? 'n';
    const body = m[2] ?? '';
    const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
    if (type === 'inlineStr') return unescape(/<t[^>]*>([\s\S]*?)<\/t>/.exec(body)?.[1] ?? '');
    if (v === undefined) return null;
    switch (type) {
      case 's':
        return shared[Number(v)] ?? null;
      case 'str':
        return unescape(v);
      case 'b':
        return v === '1';
      case 'e':
        return { error: v };
      default:
        return Number(v);
    }
  };
  const names = new Map<string, [string, string]>();
  for (const m of workbook.matchAll(/<definedName\b[^>]*name="([^"]*)"[^>]*>([^<]*)<\/definedName>/g)) {
    const ref = unescape(m[2] ?? '');
    const r = /^'?([^'!]+)'?!\$?([A-Z]+)\$?(\d+)$/.exec(ref);
    if (r) names.set(m[1] ?? '', [r[1] ?? '', `${r[2] ?? ''}${r[3] ?? ''}`]);
  }
  return {
    cell,
    name: (n) => {
      const at = names.get(n);
      if (!at) throw new Error(`no name ${n}`);
      return cell(at[0], at[1]);
    },
  };
}
