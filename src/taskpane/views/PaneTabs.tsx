import { makeStyles, mergeClasses } from '@fluentui/react-components';
import { tokens } from '../theme/tokens';
import { useRef, type KeyboardEvent } from 'react';
import { useT } from '../i18n';
import { VIEWS, type ViewId } from './usePaneViews';

const useStyles = makeStyles({
  // One row of tabs at any width: at 320 px in English it scrolls sideways instead of wrapping.
  list: {
    display: 'flex',
    flexWrap: 'nowrap',
    overflowX: 'auto',
    scrollbarWidth: 'thin',
    paddingLeft: tokens.spacingHorizontalXS,
  },
  tab: {
    border: 'none',
    background: 'none',
    cursor: 'pointer',
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalSNudge}`,
    whiteSpace: 'nowrap',
    flexShrink: 0,
    borderBottom: `${tokens.strokeWidthThicker} solid transparent`,
    ':hover': { color: tokens.colorNeutralForeground1, borderBottomColor: tokens.colorNeutralStroke1Hover },
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: `-${tokens.strokeWidthThick}`,
      borderRadius: tokens.borderRadiusMedium,
    },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    borderBottomColor: tokens.colorCompoundBrandStroke,
    ':hover': { borderBottomColor: tokens.colorCompoundBrandStrokeHover },
  },
});

/** Where an arrow key takes the focus in a row of `n` tabs (wrapping round), or null for other keys. */
export function nextTab(key: string, index: number, n: number): number | null {
  switch (key) {
    case 'ArrowRight':
      return (index + 1) % n;
    case 'ArrowLeft':
      return (index - 1 + n) % n;
    case 'Home':
      return 0;
    case 'End':
      return n - 1;
    default:
      return null;
  }
}

/**
 * The view tabs (WAI-ARIA tabs: one tab stop, arrows/Home/End move and select). Plain buttons rather than
 * Fluent's TabList, which pulls tabster into the bundle (about 20 KiB gzip) for the same behaviour.
 */
export function PaneTabs(props: {
  readonly view: ViewId;
  readonly onSelect: (v: ViewId) => void;
}): JSX.Element {
  const { t } = useT();
  const s = useStyles();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKey = (e: KeyboardEvent<HTMLButtonElement>, index: number): void => {
    const next = nextTab(e.key, index, VIEWS.length);
    const target = next === null ? undefined : VIEWS[next];
    if (next === null || !target) return;
    e.preventDefault();
    props.onSelect(target[0]);
    refs.current[next]?.focus();
  };
  return (
    <div role="tablist" aria-label={t('navLabel')} className={s.list}>
      {VIEWS.map(([id, key], i) => (
        <button
          key={id}
          ref={(el) => {
            refs.current[i] = el;
          }}
          type="button"
          role="tab"
          id={`tab-${id}`}
          aria-selected={props.view === id}
          aria-controls="pane-view"
          tabIndex={props.view === id ? 0 : -1}
          className={mergeClasses(s.tab, props.view === id && s.selected)}
          onClick={() => props.onSelect(id)}
          onKeyDown={(e) => onKey(e, i)}
        >
          {t(key)}
        </button>
      ))}
    </div>
  );
}
