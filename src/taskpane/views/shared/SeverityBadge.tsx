import { makeStyles, mergeClasses, shorthands } from '@fluentui/react-components';
import type { Severity } from '../../../lke';
import { useT, type MessageKey } from '../../i18n';
import { tokens } from '../../theme/tokens';

/** The badge's label and its glyph: the shape says the severity as much as the colour does. */
const LOOK: Readonly<Record<Severity | 'missing', readonly [MessageKey, string]>> = {
  error: ['sevError', '✕'],
  warning: ['sevWarning', '▲'],
  info: ['sevInfo', 'i'],
  missing: ['sevMissing', '○'],
};

const useStyles = makeStyles({
  badge: {
    display: 'inline-flex',
    alignItems: 'center',
    columnGap: '3px',
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: 'nowrap',
    border: `${tokens.strokeWidthThin} solid transparent`,
  },
  glyph: { fontSize: tokens.fontSizeBase100, lineHeight: '1' },
  // Errors: a solid red block with a cross, square corners.
  error: {
    backgroundColor: tokens.colorPaletteRedBackground3,
    color: tokens.colorNeutralForegroundOnBrand,
    borderRadius: 0,
  },
  // Warnings: an outlined orange tag with a triangle.
  warning: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    color: tokens.colorPaletteDarkOrangeForeground1,
    ...shorthands.borderColor(tokens.colorPaletteDarkOrangeForeground1),
    borderRadius: tokens.borderRadiusMedium,
  },
  // Infos and unanswered questions: a neutral round pill.
  info: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    borderRadius: '999px',
  },
  missing: {
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground2,
    ...shorthands.borderColor(tokens.colorNeutralStroke1),
    borderRadius: '999px',
  },
});

/**
 * A severity badge, distinct in colour and in shape (a cross on a red block, a triangle on an outlined tag, a
 * round pill), so it reads without colour too.
 *
 * @example
 * <SeverityBadge severity="error" /> // → ✕ Kesalahan
 */
export function SeverityBadge(props: { readonly severity: Severity | 'missing' }): JSX.Element {
  const { t } = useT();
  const s = useStyles();
  const [key, glyph] = LOOK[props.severity];
  return (
    <span className={mergeClasses(s.badge, s[props.severity])} data-severity={props.severity}>
      <span aria-hidden="true" className={s.glyph}>
        {glyph}
      </span>
      {t(key)}
    </span>
  );
}
