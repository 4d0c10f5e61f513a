import { makeStyles } from '@fluentui/react-components';
import { tokens } from '../../theme/tokens';

/** Tinjau: cards of differences, findings and steps that wrap at the task-pane width. */
export const useTinjauStyles = makeStyles({
  button: {
    width: '100%',
    justifyContent: 'flex-start',
    textAlign: 'left',
    padding: 0,
    minWidth: 0,
    fontWeight: 'inherit',
  },
  item: {
    width: '100%',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    fontSize: tokens.fontSizeBase200,
    minWidth: 0,
  },
  head: { display: 'flex', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'break-word',
  },
  text: {
    color: tokens.colorNeutralForeground2,
    overflow: 'hidden',
    display: '-webkit-box',
    WebkitLineClamp: '2',
    WebkitBoxOrient: 'vertical',
  },
  formula: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase100,
    overflowWrap: 'anywhere',
    backgroundColor: tokens.colorNeutralBackground3,
    padding: tokens.spacingHorizontalXXS,
    margin: 0,
  },
  flag: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  steps: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    fontSize: tokens.fontSizeBase200,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  step: { overflowWrap: 'break-word' },
  needHead: { display: 'block', fontWeight: tokens.fontWeightSemibold },
  needMore: { display: 'block', color: tokens.colorNeutralForeground2 },
});
