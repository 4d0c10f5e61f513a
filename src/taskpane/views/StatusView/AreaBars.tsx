import { mergeClasses } from '@fluentui/react-components';
import type { AreaInfo, AreaScore, Thresholds } from '../../../lke';
import { useT } from '../../i18n';
import { useSharedStyles } from '../shared/styles';
import { useStatusStyles } from './styles';

interface AreaBarsProps {
  readonly areas: readonly AreaScore[];
  readonly info: readonly AreaInfo[];
  readonly thresholds: Thresholds;
  readonly sideLabel: string;
}

/** One bar per area (Pemenuhan + Reform against the combined weight) with the WBK and WBBM lines. */
export function AreaBars(props: AreaBarsProps): JSX.Element {
  const { t, num, pick } = useT();
  const s = useStatusStyles();
  const shared = useSharedStyles();
  const wbk = props.thresholds.areaShare.WBK * 100;
  const wbbm = props.thresholds.areaShare.WBBM * 100;
  return (
    <section className={shared.section} aria-labelledby="status-areas">
      <h3 id="status-areas" className={shared.subheading}>
        {t('areasTitle', { side: props.sideLabel })}
      </h3>
      <p className={shared.hint}>{t('areasLegend')}</p>
      {props.areas.map((a) => {
        const info = props.info.find((i) => i.id === a.id);
        const name = `${a.id}. ${info ? pick({ id: info.name, en: info.nameEn }) : a.name}`;
        const pct = a.weight > 0 ? (a.value / a.weight) * 100 : 0;
        const level = pct >= wbbm ? s.fillHigh : pct >= wbk ? s.fillMid : s.fillLow;
        const label = t('areaBar', {
          area: name,
          value: num(a.value),
          weight: num(a.weight),
          percent: num(pct, 0),
        });
        return (
          <div key={a.id} className={s.barRow}>
            <div className={s.barLabel} aria-hidden="true">
              <span className={s.barName}>{name}</span>
              <span className={shared.num}>
                {t('areaValue', { value: num(a.value), weight: num(a.weight) })}
              </span>
            </div>
            <div className={s.track} role="img" aria-label={label}>
              <div className={mergeClasses(s.fill, level)} style={{ width: `${Math.min(100, pct)}%` }} />
              <div className={s.mark} style={{ left: `${wbk}%` }} />
              <div className={s.mark} style={{ left: `${wbbm}%` }} />
            </div>
          </div>
        );
      })}
    </section>
  );
}
