import { useMemo } from 'react';
import { INPUT_COLUMNS } from '../../workbook';
import { useT } from '../i18n';
import { firstUnanswered, type PaneActions, type PaneData } from '../model';
import { Button } from './shared/Button';
import { Notice } from './shared/Notice';
import { RunMessages } from './shared/RunMessages';
import { useActionRunner } from './shared/useActionRunner';
import { useSharedStyles } from './shared/styles';

/**
 * The way on from a fresh template: while the unit has answered nothing, a "Langkah berikutnya" card (which
 * column holds what) with a button that selects the first empty answer cell; once answering has begun and
 * `compact` is set, one line with the count left and the way to the next one (the headline column's).
 */
export function NextSteps(props: {
  readonly data: PaneData;
  readonly actions: PaneActions;
  readonly compact: boolean;
}): JSX.Element | null {
  const { t } = useT();
  const s = useSharedStyles();
  const go = useActionRunner();
  const { data } = props;
  const progress = data.progress;
  const fresh = progress.every((p) => p.done.unit === 0);
  const column = fresh ? 'unit' : data.evaluation.headline;
  const next = useMemo(() => firstUnanswered(data, column), [data, column]);
  if (next === null || (!fresh && !props.compact)) return null;
  const cell = `${next.sheet}!${next.address}`;
  const select = (): void => void go.run(() => props.actions.selectCell(next.sheet, next.address));
  if (!fresh)
    return (
      <div className={s.section}>
        <div className={s.row}>
          <span className={s.hint}>
            {t('nextLeft', {
              count: data.evaluation.scores[column].missing.length,
              side: t(column === 'tpi' ? 'sideTpi' : 'sideUnit'),
            })}
          </span>
          <Button size="small" onClick={select}>
            {t('nextContinue', { cell })}
          </Button>
        </div>
        <RunMessages run={go} />
      </div>
    );
  const c = INPUT_COLUMNS;
  return (
    <section aria-labelledby="next-steps" className={s.section}>
      <Notice
        intent="info"
        title={t('nextTitle')}
        actions={
          <Button appearance="primary" onClick={select}>
            {t('nextGo', { cell })}
          </Button>
        }
      >
        <h2 id="next-steps" className={s.visuallyHidden}>
          {t('nextTitle')}
        </h2>
        <ol className={s.steps}>
          <li>{t('nextFill', { answer: c.unit })}</li>
          <li>{t('nextNotes', { note: c.unitNote, evidence: c.unitEvidence })}</li>
          <li>{t('nextTpi', { answer: c.tpi, note: c.tpiNote })}</li>
          <li>{t('nextHint')}</li>
        </ol>
      </Notice>
      <RunMessages run={go} />
    </section>
  );
}
