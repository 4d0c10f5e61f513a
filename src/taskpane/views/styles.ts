import { makeStyles } from '@fluentui/react-components';
import { tokens } from '../theme/tokens';

/** The pane frame: a slim title row with the language switch, the tabs, then the view; never wider than the pane. */
export const usePaneStyles = makeStyles({
  root: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    overflowX: 'hidden',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  titleRow: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS} 0 ${tokens.spacingHorizontalM}`,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
  },
  main: { minWidth: 0 },
  guide: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} 0` },
});
