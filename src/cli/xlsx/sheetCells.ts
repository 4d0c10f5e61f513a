import type { CellValue } from '../../workbook';
import { columnLetter, columnNumber } from '../../workbook';
import { own, type XmlHandler } from './xmlParts';

/** One cell of a sheet part: its shown value, formula (no leading `=`) and whether it shows an error. */
export interface FileCell {
  readonly value: CellValue;
  readonly formula: string | null;
  readonly error: boolean;
}

/** A merged area, 1-based and inclusive. */
export interface MergedArea {
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
}

/** What one worksheet part holds, as far as reading an LKE needs. */
export interface FileSheetData {
  readonly cells: Map<number, FileCell>;
  readonly merges: MergedArea[];
  /** Hyperlink relationship ids by cell key (resolved by the book through the sheet's rels). */
  readonly linkIds: Map<number, string>;
  rowCount: number;
  columnCount: number;
}

/** A cell's key in the maps: row and column in one number. */
export const cellKey = (row: number, col: number): number => row * 16384 + col;

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const REF = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/;

/**
 * `K6` or `$K$6` → row and column (1-based), or null. Read character by character: it runs for every cell of
 * every file of a recap.
 */
function splitRef(ref: string): { row: number; col: number } | null {
  let i = ref.charCodeAt(0) === 36 ? 1 : 0; // $
  let col = 0;
  const c0 = i;
  for (let ch = ref.charCodeAt(i); i < ref.length && i - c0 < 3; ch = ref.charCodeAt(++i)) {
    const up = ch & ~32; // a-z → A-Z
    if (up < 65 || up > 90) break;
    col = col * 26 + (up - 64);
  }
  if (i === c0) return null;
  if (ref.charCodeAt(i) === 36) i++;
  let row = 0;
  const r0 = i;
  for (; i < ref.length; i++) {
    const d = ref.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return null;
    row = row * 10 + d;
  }
  return i === r0 ? null : { row, col };
}

/**
 * A shared formula as written for its master cell, moved to another cell: relative references shift, `$`
 * parts stay, function names, names and text in quotes are left alone.
 *
 * @example
 * shiftFormula('K6*$F$6+SUM(G6:G7)', 2, 0) // → 'K8*$F$6+SUM(G8:G9)'
 */
export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  return formula
    .split('"')
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            /(([A-Za-z_\-0-9]*)!)?([A-Za-z0-9_$]{2,})(\()?/g,
            (all, sheet: string | undefined, _s, ref: string, paren: string | undefined) => {
              if (paren) return all;
              const m = REF.exec(ref);
              if (!m) return all;
              const letters = (m[2] ?? '').toUpperCase();
              if (letters.length === 3 && letters > 'XFD') return all;
              const col = columnNumber(letters) + (m[1] ? 0 : dCol);
              const row = Number(m[4]) + (m[3] ? 0 : dRow);
              return `${sheet ?? ''}${m[1] ?? ''}${columnLetter(col)}${m[3] ?? ''}${row}`;
            },
          ),
    )
    .join('"');
}

function valueOf(
  t: string,
  v: string | null,
  inline: string | null,
  strings: readonly string[],
): FileCell['value'] {
  switch (t) {
    case 's': {
      const s = v === null ? undefined : strings[Number(v)];
      return s ?? null;
    }
    case 'b':
      return v === null ? null : v === '1' || v.toLowerCase() === 'true';
    case 'inlineStr':
      return inline === null ? null : own(inline);
    case 'str':
    case 'e':
      return v;
    case 'd': {
      const ms = v === null ? NaN : Date.parse(v);
      return Number.isNaN(ms) ? null : (ms - EXCEL_EPOCH) / 86_400_000;
    }
    default: {
      if (v === null || v.trim() === '') return null;
      const n = Number(v);
      return Number.isFinite(n) ? n : null;
    }
  }
}

/**
 * Elements of a worksheet that come after `<mergeCells>` (SpreadsheetML's order is fixed), and those that come
 * after `<hyperlinks>`: once one opens, nothing the reader keeps can follow.
 */
const AFTER_MERGES = new Set(['phoneticPr', 'conditionalFormatting', 'dataValidations', 'hyperlinks']);
const AFTER_LINKS = new Set([
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
]);

/**
 * The streaming handler of a worksheet part: keeps every cell (value, formula, error), merged areas and
 * hyperlink ids; shared formulas are expanded for each cell. `onCell` counts cells (the caller bounds them).
 * It is done once the part can hold nothing more it keeps: past the merged areas, and past the hyperlinks
 * when `links` says the sheet has any (its rels list a hyperlink); the data validations, conditional formats
 * and page setup after them (a quarter of our Jawaban sheet) are then never parsed.
 */
export function sheetHandler(
  strings: readonly string[],
  out: FileSheetData,
  onCell: (count: number) => void,
  links = true,
): XmlHandler {
  const masters = new Map<string, { formula: string; row: number; col: number }>();
  let row = 0;
  let col = 0;
  let t = 'n';
  let v: string | null = null;
  let f: string | null = null;
  let fAttrs: Readonly<Record<string, string>> = {};
  let inline: string | null = null;
  let text: string | null = null;
  let phonetic = 0;
  let hasF = false;
  let finished = false;
  let depth = 0; // 1: <worksheet>, 2: its children (the only level where the order above holds)
  return {
    done: () => finished,
    open: (name, a) => {
      depth++;
      switch (name) {
        case 'row': {
          const r = Number(a.r);
          row = Number.isInteger(r) && r > 0 ? r : row + 1;
          col = 0;
          out.rowCount = Math.max(out.rowCount, row);
          break;
        }
        case 'c': {
          const ref = a.r ? splitRef(a.r) : null;
          if (ref) {
            row = ref.row;
            col = ref.col;
          } else col += 1;
          t = a.t ?? 'n';
          v = null;
          f = null;
          hasF = false;
          inline = null;
          fAttrs = {};
          break;
        }
        case 'v':
          text = '';
          break;
        case 'f':
          hasF = true;
          fAttrs = a;
          text = '';
          break;
        case 'is':
          inline = '';
          break;
        case 'rPh':
          phonetic++;
          break;
        case 't':
          if (inline !== null && phonetic === 0) text = '';
          break;
        case 'mergeCell': {
          const [p, q = p] = (a.ref ?? '').split(':');
          const x = p ? splitRef(p) : null;
          const y = q ? splitRef(q) : null;
          if (x && y) out.merges.push({ r0: x.row, c0: x.col, r1: y.row, c1: y.col });
          break;
        }
        case 'hyperlink': {
          const at = a.ref ? splitRef(a.ref) : null;
          const rid = a['r:id'];
          if (at && rid) out.linkIds.set(cellKey(at.row, at.col), rid);
          break;
        }
        default:
          if (depth === 2 && (AFTER_LINKS.has(name) || (!links && AFTER_MERGES.has(name)))) finished = true;
          break;
      }
    },
    text: (s) => {
      if (text !== null) text += s;
    },
    close: (name) => {
      depth--;
      switch (name) {
        case 'v':
          v = own(text ?? '');
          text = null;
          break;
        case 'f':
          f = own(text ?? '');
          text = null;
          break;
        case 't':
          if (inline !== null && text !== null) inline += text;
          text = null;
          break;
        case 'rPh':
          phonetic--;
          break;
        case 'hyperlinks':
          if (depth === 1) finished = true;
          break;
        case 'c': {
          let formula: string | null = null;
          if (hasF) {
            if (fAttrs.t === 'shared' && fAttrs.si !== undefined) {
              const m = masters.get(fAttrs.si);
              if (f !== null && f !== '') {
                masters.set(fAttrs.si, { formula: f, row, col });
                formula = f;
              } else if (m) formula = shiftFormula(m.formula, row - m.row, col - m.col);
            } else if (f !== null && f !== '') formula = f;
          }
          const value = valueOf(t, v, inline, strings);
          out.columnCount = Math.max(out.columnCount, col);
          out.rowCount = Math.max(out.rowCount, row);
          if (value !== null || formula !== null || t === 'e') {
            out.cells.set(cellKey(row, col), { value, formula, error: t === 'e' });
            onCell(out.cells.size);
          }
          break;
        }
        default:
          break;
      }
    },
  };
}
