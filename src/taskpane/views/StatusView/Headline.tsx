import { mergeClasses } from '@fluentui/react-components';
import { useT } from '../../i18n';
import { useSharedStyles } from '../shared/styles';
import { useStatusStyles } from './styles';
import type { StatusState } from './useStatus';

/** The verdict first, big and plain, with the column it comes from and the Tabel 5 ticks beside it. */
export function Headline(props: {
  readonly state: StatusState;
  readonly checklistTotal: number;
}): JSX.Element {
  const { t } = useT();
  const s = useStatusStyles();
  const shared = useSharedStyles();
  const h = props.state.headline;
  const text =
    h.kind === 'eligible'
      ? t('verdictEligible', { predicate: h.predicate })
      : h.kind === 'incomplete'
        ? t('verdictIncomplete', { count: h.missing })
        : t('verdictNotEligible');
  const side = t(props.state.headlineColumn === 'tpi' ? 'sideTpi' : 'sideUnit');
  return (
    <section className={shared.section} aria-labelledby="status-headline">
      <h2 id="status-headline" className={mergeClasses(s.headline, s[h.kind])}>
        {text}
      </h2>
      <p className={shared.hint}>{t('headlineFrom', { side })}</p>
      <p className={shared.hint}>
        {t('checklistTicked', { ticked: props.state.ticked, total: props.checklistTotal })}
      </p>
    </section>
  );
}
