import { mergeClasses } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import { useSharedStyles } from '../shared/styles';
import { useValidasiStyles } from './styles';

/**
 * A foldable part of Validasi: a heading that is a button (`aria-expanded`), the list below it only when open.
 *
 * @example
 * <Fold id="validasi-infos" title="Info (5)" open={false}>{list}</Fold>
 */
export function Fold(props: {
  readonly id: string;
  readonly title: string;
  readonly open: boolean;
  /** One line inside a section (a warning group), not a section of its own. */
  readonly small?: boolean;
  readonly children: ReactNode;
}): JSX.Element {
  const s = useSharedStyles();
  const vs = useValidasiStyles();
  const [open, setOpen] = useState(props.open);
  const Heading = props.small ? 'h4' : 'h3';
  return (
    <section className={s.section} aria-labelledby={`${props.id}-title`}>
      <Heading id={`${props.id}-title`} className={mergeClasses(s.subheading, vs.foldHeading)}>
        <button
          type="button"
          className={mergeClasses(vs.fold, props.small && vs.foldSmall)}
          aria-expanded={open}
          aria-controls={`${props.id}-body`}
          onClick={() => setOpen(!open)}
        >
          <span aria-hidden="true" className={vs.chevron}>
            {open ? '▾' : '▸'}
          </span>
          {props.title}
        </button>
      </Heading>
      {open && <div id={`${props.id}-body`}>{props.children}</div>}
    </section>
  );
}
