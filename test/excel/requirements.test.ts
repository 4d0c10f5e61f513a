// The ExcelApi level the manifest asks for is the one the adapter actually needs: every member of the API subset
// in src/excel/xl.ts is looked up in @types/office-js, whose comments carry each member's requirement set.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const dts = readFileSync(join(root, 'node_modules', '@types', 'office-js', 'index.d.ts'), 'utf8');
const excel = dts.slice(dts.indexOf('declare namespace Excel {'), dts.indexOf('declare namespace Word {'));
const xl = readFileSync(join(root, 'src', 'excel', 'xl.ts'), 'utf8');

/** Our interface → the Excel class it mirrors. */
const CLASSES: Readonly<Record<string, string>> = {
  XlApplication: 'Application',
  XlWorkbook: 'Workbook',
  XlWorksheetCollection: 'WorksheetCollection',
  XlWorksheet: 'Worksheet',
  XlFreezePanes: 'WorksheetFreezePanes',
  XlWorksheetProtection: 'WorksheetProtection',
  XlRange: 'Range',
  XlRangeFormat: 'RangeFormat',
  XlFont: 'RangeFont',
  XlFill: 'RangeFill',
  XlFormatProtection: 'FormatProtection',
  XlDataValidation: 'DataValidation',
  XlConditionalFormatCollection: 'ConditionalFormatCollection',
  XlConditionalFormat: 'ConditionalFormat',
  XlCellValueConditionalFormat: 'CellValueConditionalFormat',
  XlTextConditionalFormat: 'TextConditionalFormat',
  XlNamedItemCollection: 'NamedItemCollection',
  XlNamedItem: 'NamedItem',
};

/** Member names of one of our interfaces. */
function membersOf(name: string): string[] {
  const start = xl.indexOf(`export interface ${name} `);
  const body = xl.slice(start, xl.indexOf('\n}', start));
  return [...body.matchAll(/^ {2}(?:readonly )?(\w+)[?(:<]/gm)].map((m) => m[1] ?? '');
}

/** The requirement set of `member` of Excel class `cls`, e.g. 1.9. */
function requirement(cls: string, member: string): number {
  const start = excel.search(new RegExp(`\\n {4}class ${cls} extends OfficeExtension\\.ClientObject \\{`));
  if (start < 0) throw new Error(`no class Excel.${cls}`);
  const body = excel.slice(start, excel.indexOf('\n    }\n', start));
  const at = body.search(new RegExp(`\\n {8}(?:readonly )?${member}[(:]`));
  if (at < 0) throw new Error(`no member Excel.${cls}.${member}`);
  const doc = body.slice(body.lastIndexOf('/**', at), at);
  const m = /\[Api set: ExcelApi (\d+)\.(\d+)/.exec(doc);
  if (!m) throw new Error(`no ExcelApi set on Excel.${cls}.${member}`);
  return Number(m[2]);
}

describe('requirement sets', () => {
  const needed = Object.entries(CLASSES).flatMap(([ours, cls]) =>
    membersOf(ours)
      .filter((m) => m !== 'load' && m !== 'isNullObject' && m !== 'sync')
      .map((m) => ({ member: `${cls}.${m}`, minor: requirement(cls, m) })),
  );

  it('finds every member of the subset in @types/office-js', () => {
    expect(needed.length).toBeGreaterThan(40);
    expect(needed.find((n) => n.member === 'RangeFormat.indentLevel')?.minor).toBe(9);
  });

  it('asks the manifest for exactly the newest set the subset uses (≤ 1.12 for Office 2021)', () => {
    const manifest = readFileSync(join(root, 'manifest.xml'), 'utf8');
    const minor = Number(/Name="ExcelApi" MinVersion="1\.(\d+)"/.exec(manifest)?.[1]);
    const newest = Math.max(...needed.map((n) => n.minor));
    expect(newest).toBeLessThanOrEqual(12);
    expect({ minor, by: needed.filter((n) => n.minor === newest).map((n) => n.member) }).toEqual({
      minor: newest,
      by: expect.any(Array) as unknown,
    });
  });

  it('annotates each member in xl.ts with the set @types/office-js gives', () => {
    const wrong: string[] = [];
    for (const [ours, cls] of Object.entries(CLASSES)) {
      const start = xl.indexOf(`export interface ${ours} `);
      const body = xl.slice(start, xl.indexOf('\n}', start));
      for (const m of body.matchAll(/\/\*\* ExcelApi 1\.(\d+)[^*]*\*\/\n {2}(?:readonly )?(\w+)/g)) {
        const member = m[2] ?? '';
        if (Number(m[1]) !== requirement(cls, member)) wrong.push(`${ours}.${member}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('the office-js boundary', () => {
  it('offers no formulasLocal: formulas are always written en-US through Range.formulas', () => {
    expect(membersOf('XlRange')).toContain('formulas');
    expect(xl).not.toMatch(/formulasLocal\s*[:(]/);
  });

  it('keeps Excel.run inside src/excel', () => {
    const { readdirSync, statSync } = jest.requireActual<typeof import('node:fs')>('node:fs');
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const f of readdirSync(dir)) {
        const p = join(dir, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.tsx?$/.test(f)) files.push(p);
      }
    };
    walk(join(root, 'src'));
    expect(files.length).toBeGreaterThan(30);
    const outside = files.filter((f) => !f.includes(`${join('src', 'excel')}`));
    expect(outside.filter((f) => /\bExcel\.run\s*\(/.test(readFileSync(f, 'utf8')))).toEqual([]);
    expect(files.filter((f) => /\bExcel\.run\s*\(/.test(readFileSync(f, 'utf8'))).length).toBe(1); // src/excel/run.ts
  });
});
