import { mergeClasses } from '@fluentui/react-components';
import type { Headline as HeadlineData, HeadlineKind } from '../../../lke';
import { useT } from '../../i18n';
import { useSharedStyles } from '../shared/styles';
import { useStatusStyles } from './styles';
import type { StatusState } from './useStatus';

const TONE: Readonly<Record<HeadlineKind, 'eligible' | 'notEligible' | 'incomplete' | 'partial'>> = {
  eligible: 'eligible',
  afirmasi: 'partial',
  'requirements-incomplete': 'partial',
  'not-eligible': 'notEligible',
  blocked: 'incomplete',
};

/**
 * The verdict first, big and plain: the engine's headline for Menuju WBK (and, smaller, Menuju WBBM), the column
 * it comes from, and, while the verdict is withheld, a link to the list of entries to fix.
 */
export function Headline(props: {
  readonly state: StatusState;
  readonly onShowValidasi?: () => void;
}): JSX.Element {
  const { t, pick } = useT();
  const s = useStatusStyles();
  const shared = useSharedStyles();
  const [main, ...rest] = props.state.headlines;
  const side = t(props.state.headlineColumn === 'tpi' ? 'sideTpi' : 'sideUnit');
  const line = (h: HeadlineData, big: boolean): JSX.Element => (
    <p
      key={h.predicate}
      data-kind={h.kind}
      className={mergeClasses(big ? s.headline : s.subline, s[TONE[h.kind]])}
    >
      {big ? pick(h) : `Menuju ${h.predicate}: ${pick(h)}`}
    </p>
  );
  const blocked = props.state.headlines.some((h) => h.kind === 'blocked');
  return (
    <section className={shared.section} aria-labelledby="status-headline">
      <h2 id="status-headline" className={shared.subheading}>
        {t('statusTitle')}
      </h2>
      {main && line(main, true)}
      {rest.map((h) => line(h, false))}
      {blocked && props.onShowValidasi && (
        <button type="button" className={s.link} onClick={props.onShowValidasi}>
          {t('seeValidasi')}
        </button>
      )}
      <p className={shared.hint}>{t('headlineFrom', { side })}</p>
    </section>
  );
}
