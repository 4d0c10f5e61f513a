import { makeStyles, shorthands } from '@fluentui/react-components';
import { tokens } from '../../theme/tokens';

/** Native form controls dressed in Fluent tokens (Fluent's Field/Input/Select/Checkbox cost ~10 KiB gzip). */
export const useControlStyles = makeStyles({
  field: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  label: { fontSize: tokens.fontSizeBase300, color: tokens.colorNeutralForeground1 },
  control: {
    boxSizing: 'border-box',
    width: '100%',
    minWidth: 0,
    minHeight: '32px',
    padding: `0 ${tokens.spacingHorizontalM}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke1),
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    ':hover': { borderBottomColor: tokens.colorNeutralStrokeAccessibleHover },
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '0',
    },
  },
  invalid: { ...shorthands.borderColor(tokens.colorPaletteRedBorder2) },
  error: { fontSize: tokens.fontSizeBase200, color: tokens.colorPaletteRedForeground1 },
  check: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'start',
    cursor: 'pointer',
    fontSize: tokens.fontSizeBase300,
  },
  box: { width: '16px', height: '16px', margin: '2px 0 0 0', accentColor: tokens.colorBrandBackground },
});
