import { makeStyles } from '@fluentui/react-components';
import { tokens } from '../../theme/tokens';

/** Status view: the big plain verdict and the area bars with their 60 % / 75 % marks. */
export const useStatusStyles = makeStyles({
  headline: {
    margin: 0,
    overflowWrap: 'break-word',
    fontSize: tokens.fontSizeBase600,
    lineHeight: tokens.lineHeightBase600,
    fontWeight: tokens.fontWeightBold,
  },
  eligible: { color: tokens.colorPaletteGreenForeground1 },
  notEligible: { color: tokens.colorPaletteRedForeground1 },
  incomplete: { color: tokens.colorNeutralForeground1 },
  partial: { color: tokens.colorPaletteDarkOrangeForeground1 },
  subline: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'break-word',
  },
  link: {
    alignSelf: 'flex-start',
    padding: 0,
    border: 'none',
    background: 'none',
    color: tokens.colorBrandBackground,
    textDecorationLine: 'underline',
    cursor: 'pointer',
    fontSize: tokens.fontSizeBase300,
  },
  barRow: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  barLabel: {
    display: 'flex',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
  },
  barName: { minWidth: 0, overflowWrap: 'anywhere' },
  track: {
    position: 'relative',
    height: '10px',
    backgroundColor: tokens.colorNeutralBackground5,
    borderRadius: tokens.borderRadiusSmall,
  },
  fill: { position: 'absolute', left: 0, top: 0, bottom: 0, borderRadius: tokens.borderRadiusSmall },
  fillHigh: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  fillMid: { backgroundColor: tokens.colorPaletteYellowBackground3 },
  fillLow: { backgroundColor: tokens.colorPaletteRedBackground3 },
  mark: {
    position: 'absolute',
    top: '-3px',
    bottom: '-3px',
    width: '2px',
    backgroundColor: tokens.colorNeutralForeground1,
  },
  radios: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
});
