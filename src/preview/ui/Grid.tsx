import { useEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import type { PreviewBook } from '../host';
import { columnLetter } from '../../workbook/a1';
import { conditionalAt, displayValue } from '../host/display';
import { typeInto, type EditOutcome } from '../host/userEdit';
import { useBook } from './useBook';
import { styles } from './gridStyles';

const MAX_ROWS = 240;
const MAX_COLS = 20;

/** A simple editable grid over the preview workbook: sheet tabs, a formula bar, cells with their formats. */
export function Grid({ book }: { readonly book: PreviewBook }): JSX.Element {
  useBook(book);
  const visible = book.sheets.filter((s) => s.visibility === 'Visible');
  // The active sheet and its selection live in the book, so the add-in's activate()/select() move them too.
  const sheet = book.active();
  const sel = sheet?.selected ?? { row: 0, col: 0 };
  const [draft, setDraft] = useState<string | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // A selection made by the add-in (Range.select) comes into view, as in Excel.
    scroller.current
      ?.querySelector('td[data-selected="true"]')
      ?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [sheet, sel.row, sel.col]);
  const [outcome, setOutcome] = useState<EditOutcome | null>(null);
  const dims = sheet ? book.hf.getSheetDimensions(sheet.hfId) : { width: 0, height: 0 };
  const rows = Math.min(MAX_ROWS, Math.max(dims.height, 20));
  const cols = Math.min(MAX_COLS, Math.max(dims.width, 8));
  const address = `${columnLetter(sel.col + 1)}${sel.row + 1}`;
  const current = sheet ? String(book.formula(sheet, sel.row, sel.col)) : '';
  const shown = draft ?? current;
  const listSource = sheet?.validationAt(sel.row, sel.col)?.rule?.list?.source;
  const options = typeof listSource === 'string' ? listSource.split(',') : [];
  // A pick from the drop-down, as Excel reports it in several builds: only onCalculated, no onChanged.
  const pick = (value: string): void => {
    if (!sheet || value === '') return;
    try {
      book.pick(sheet, sel.row, sel.col, value);
      setOutcome(null);
    } catch (e) {
      setOutcome({ kind: 'refused', title: 'Sel terkunci / Cell is protected', message: String(e) });
    }
  };
  const colWidth = useMemo(
    () =>
      (c: number): number =>
        Math.min(360, Math.round(((sheet?.columnWidths.get(c) ?? 48) * 4) / 3)),
    [sheet],
  );

  const select = (row: number, col: number): void => {
    if (sheet) book.select(sheet, row, col);
    setDraft(null);
  };
  const commit = (): void => {
    if (!sheet || draft === null) return;
    const r = typeInto(book, sheet, sel.row, sel.col, draft);
    setOutcome(r);
    if (r.kind === 'kept') {
      setDraft(null);
      select(sel.row + 1, sel.col);
    }
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'Enter') commit();
    if (e.key === 'Escape') setDraft(null);
  };

  return (
    <div className={styles.grid}>
      <div className={styles.tabs} role="tablist" aria-label="Lembar / Sheets">
        {visible.map((s) => (
          <button
            key={s.id}
            role="tab"
            aria-selected={s === sheet}
            className={s === sheet ? styles.tabOn : styles.tab}
            onClick={() => book.activate(s)}
          >
            {s.name}
            {s.protection.protected ? ' · terlindung' : ''}
          </button>
        ))}
        {visible.length === 0 && <span className={styles.empty}>Buku kerja kosong / Empty workbook</span>}
      </div>
      <div className={styles.bar}>
        <span className={styles.addr} data-testid="address">
          {address}
        </span>
        <input
          aria-label="Isi sel / Cell contents"
          className={styles.input}
          value={shown}
          disabled={!sheet}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={onKey}
        />
        {options.length > 0 && (
          <select
            aria-label="Pilih dari daftar / Pick from the list"
            className={styles.input}
            value=""
            onChange={(e) => pick(e.target.value)}
          >
            <option value="">▾</option>
            {options.map((o) => (
              <option key={o} value={o}>
                {o}
              </option>
            ))}
          </select>
        )}
      </div>
      {outcome && (outcome.kind === 'refused' || outcome.warning) && (
        <div role="alert" className={outcome.kind === 'refused' ? styles.refused : styles.warning}>
          <strong>{outcome.kind === 'refused' ? outcome.title : outcome.warning?.title}</strong>{' '}
          {outcome.kind === 'refused' ? outcome.message : outcome.warning?.message}
          {outcome.kind === 'refused' && ' (Isian Anda tetap di kotak isi / Your entry is still in the box.)'}
        </div>
      )}
      <div className={styles.scroll} ref={scroller}>
        {sheet && (
          <table className={styles.table} data-sheet={sheet.name}>
            <thead>
              <tr>
                <th className={styles.corner} />
                {Array.from({ length: cols }, (_, c) => (
                  <th key={c} style={{ width: colWidth(c), minWidth: colWidth(c) }}>
                    {columnLetter(c + 1)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {Array.from({ length: rows }, (_, r) => (
                <tr key={r}>
                  <th className={styles.rowHead}>{r + 1}</th>
                  {Array.from({ length: cols }, (_, c) => {
                    const v = book.value(sheet, r, c);
                    const st = sheet.style(r, c);
                    const cf = conditionalAt(sheet, r, c, v);
                    const css: CSSProperties = {
                      background: cf?.fill ?? st.fill,
                      color: cf?.fontColor ?? st.fontColor,
                      fontWeight: (cf?.bold ?? st.bold) ? 600 : undefined,
                      fontStyle: st.italic ? 'italic' : undefined,
                      whiteSpace: st.wrap ? 'normal' : 'nowrap',
                      textAlign: typeof v === 'number' ? 'right' : undefined,
                      paddingLeft: st.indent ? `${st.indent * 10}px` : undefined,
                    };
                    const a = `${columnLetter(c + 1)}${r + 1}`;
                    const cls = [
                      sel.row === r && sel.col === c ? styles.selected : '',
                      sheet.protection.protected && !sheet.isLocked(r, c) ? styles.input_cell : '',
                    ].join(' ');
                    return (
                      <td
                        key={c}
                        data-cell={a}
                        data-selected={sel.row === r && sel.col === c ? 'true' : undefined}
                        className={cls}
                        style={css}
                        title={book.namesAt(sheet, r, c).join(', ') || undefined}
                        onClick={() => select(r, c)}
                      >
                        {displayValue(v, sheet.numberFormat(r, c))}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </div>
  );
}
