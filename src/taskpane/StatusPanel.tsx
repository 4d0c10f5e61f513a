import { Badge, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import type { Predicate } from '../lke';
import type { ColumnSummary, VerdictWord } from './summary';
import { t, type StringKey } from './strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase300 },
  cell: {
    textAlign: 'left',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    fontWeight: tokens.fontWeightRegular,
  },
  head: { fontWeight: tokens.fontWeightSemibold },
  num: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  badge: { whiteSpace: 'nowrap' },
  note: { color: tokens.colorNeutralForeground3 },
});

/** A figure with 2 decimals and a decimal comma, as the sheet shows it in Indonesian Excel. */
export function fmt(n: number | null): string {
  return n === null ? '–' : n.toFixed(2).replace('.', ',');
}

const WORD: Readonly<
  Record<VerdictWord, { key: StringKey; color: 'success' | 'danger' | 'warning' | 'informative' }>
> = {
  eligible: { key: 'verdictEligible', color: 'success' },
  notEligible: { key: 'verdictNotEligible', color: 'danger' },
  incomplete: { key: 'verdictIncomplete', color: 'warning' },
  unknown: { key: 'verdictIncomplete', color: 'informative' },
};

function Verdict({ word }: { readonly word: VerdictWord }): JSX.Element {
  const s = useStyles();
  const w = WORD[word];
  return (
    <Badge size="small" appearance="tint" color={w.color} title={t(w.key, {}, 'en')} className={s.badge}>
      {t(w.key)}
    </Badge>
  );
}

/** The Status summary: the workbook's figures per column, and whether the engine agrees. */
export function StatusPanel({ summary }: { readonly summary: readonly ColumnSummary[] }): JSX.Element {
  const s = useStyles();
  const rows: readonly { key: StringKey; cell: (c: ColumnSummary) => JSX.Element | string }[] = [
    { key: 'total', cell: (c) => fmt(c.sheet.total) },
    { key: 'pengungkit', cell: (c) => fmt(c.sheet.pengungkit) },
    { key: 'hasil', cell: (c) => fmt(c.sheet.hasil) },
    ...(['WBK', 'WBBM'] as const satisfies readonly Predicate[]).map((p) => ({
      key: p === 'WBK' ? ('verdictWBK' as const) : ('verdictWBBM' as const),
      cell: (c: ColumnSummary) => <Verdict word={c.sheet.verdicts[p]} />,
    })),
    { key: 'answered', cell: (c) => `${c.answered} / ${c.questions}` },
    { key: 'invalid', cell: (c) => String(c.invalid) },
  ];
  const differences = summary.flatMap((c) => c.differences.map((d) => `${d} (${c.column})`));
  return (
    <section className={s.root} aria-label={t('status')}>
      <table className={s.table} aria-label={t('status')}>
        <thead>
          <tr>
            <th scope="col" className={mergeClasses(s.cell, s.head)}>
              {t('status')}
            </th>
            {summary.map((c) => (
              <th
                key={c.column}
                scope="col"
                className={mergeClasses(s.cell, s.head, s.num)}
                title={t(c.column, {}, 'en')}
              >
                {t(c.column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} data-row={r.key}>
              <th scope="row" className={s.cell} title={t(r.key, {}, 'en')}>
                {t(r.key)}
              </th>
              {summary.map((c) => (
                <td key={c.column} className={mergeClasses(s.cell, s.num)} data-column={c.column}>
                  {r.cell(c)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <Text size={200} className={s.note} role="status" data-agree={differences.length === 0}>
        {differences.length === 0 ? t('engineAgrees') : t('engineDiffers', { what: differences.join(', ') })}
      </Text>
    </section>
  );
}
