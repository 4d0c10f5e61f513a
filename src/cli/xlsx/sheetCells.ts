import type { CellValue } from '../../workbook';
import { columnLetter, columnNumber } from '../../workbook';
import type { XmlHandler } from './xmlParts';

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

function splitRef(ref: string): { row: number; col: number } | null {
  const m = REF.exec(ref);
  if (!m) return null;
  return { row: Number(m[4]), col: columnNumber(m[2] ?? '') };
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
      return inline;
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
 * The streaming handler of a worksheet part: keeps every cell (value, formula, error), merged areas and
 * hyperlink ids; shared formulas are expanded for each cell. `onCell` counts cells (the caller bounds them).
 */
export function sheetHandler(
  strings: readonly string[],
  out: FileSheetData,
  onCell: (count: number) => void,
): XmlHandler {
  const masters = new Map<string, { formula: string; row: number; col: number }>();
  let row = 0;
  let col = 0;
  let t = 'n';
  let v: string | null = null;
  let f: string | null = null;
  let fAttrs: Readonly<Record<string, string>> = {};
  let inline: string[] | null = null;
  let text: string[] | null = null;
  let phonetic = 0;
  let hasF = false;
  return {
    open: (name, a) => {
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
          text = [];
          break;
        case 'f':
          hasF = true;
          fAttrs = a;
          text = [];
          break;
        case 'is':
          inline = [];
          break;
        case 'rPh':
          phonetic++;
          break;
        case 't':
          if (inline && phonetic === 0) text = [];
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
          break;
      }
    },
    text: (s) => {
      if (text) text.push(s);
    },
    close: (name) => {
      switch (name) {
        case 'v':
          v = (text ?? []).join('');
          text = null;
          break;
        case 'f':
          f = (text ?? []).join('');
          text = null;
          break;
        case 't':
          if (inline && text) inline.push(text.join(''));
          text = null;
          break;
        case 'rPh':
          phonetic--;
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
          const value = valueOf(t, v, inline ? inline.join('') : null, strings);
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
