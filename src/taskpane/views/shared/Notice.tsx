import { makeStyles, mergeClasses, shorthands } from '@fluentui/react-components';
import { tokens } from '../../theme/tokens';
import type { ReactNode } from 'react';

/** A notice's intent, as Fluent's MessageBar names them. */
export type NoticeIntent = 'info' | 'success' | 'warning' | 'error';

/**
 * Notices and the progress bar in Fluent tokens (Fluent's MessageBar and ProgressBar, with their motion and icon
 * packages, cost ~6 KiB gzip for a few coloured boxes).
 */
const useNoticeStyles = makeStyles({
  box: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
    borderRadius: tokens.borderRadiusMedium,
    ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke1),
    borderLeftWidth: tokens.strokeWidthThicker,
    overflowWrap: 'anywhere',
  },
  info: { backgroundColor: tokens.colorNeutralBackground3, borderLeftColor: tokens.colorBrandStroke1 },
  success: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    ...shorthands.borderColor(tokens.colorPaletteGreenBorder1),
    borderLeftColor: tokens.colorPaletteGreenForeground1,
  },
  warning: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    ...shorthands.borderColor(tokens.colorPaletteYellowBorder1),
    borderLeftColor: tokens.colorPaletteDarkOrangeForeground1,
  },
  error: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    ...shorthands.borderColor(tokens.colorPaletteRedBorder1),
    borderLeftColor: tokens.colorPaletteRedForeground1,
  },
  title: { fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  bar: { width: '100%', height: '4px', accentColor: tokens.colorBrandBackground },
});

/**
 * A coloured notice with an optional title and actions. `live` makes it a polite live region (action results).
 *
 * @example
 * <Notice intent="warning" title={t('integrityTitle')}>…</Notice>
 */
export function Notice(props: {
  readonly intent: NoticeIntent;
  readonly title?: string;
  readonly actions?: ReactNode;
  readonly live?: boolean;
  readonly children: ReactNode;
}): JSX.Element {
  const s = useNoticeStyles();
  return (
    <div
      className={mergeClasses(s.box, s[props.intent])}
      data-intent={props.intent}
      aria-live={props.live ? 'polite' : undefined}
    >
      <div>
        {props.title !== undefined && <div className={s.title}>{props.title}</div>}
        {props.children}
      </div>
      {props.actions !== undefined && <div className={s.actions}>{props.actions}</div>}
    </div>
  );
}

/**
 * A native progress bar: determinate with a value in 0..1, indeterminate without one.
 *
 * @example
 * <Progress value={0.25} label="Kemajuan" describedBy="mulai-progress-step" />
 */
export function Progress(props: {
  readonly value: number | undefined;
  readonly label: string;
  readonly describedBy?: string;
}): JSX.Element {
  const s = useNoticeStyles();
  return (
    <progress
      className={s.bar}
      max={1}
      value={props.value}
      aria-valuenow={props.value}
      aria-label={props.label}
      aria-describedby={props.describedBy}
    />
  );
}
