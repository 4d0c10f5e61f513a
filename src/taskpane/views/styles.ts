import { makeStyles, tokens } from '@fluentui/react-components';

/** The pane frame: the tabs and the language switch on top, the selected view below, never wider than the pane. */
export const usePaneStyles = makeStyles({
  root: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    overflowX: 'hidden',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingRight: tokens.spacingHorizontalS,
  },
  tabs: { flexWrap: 'wrap', minWidth: 0 },
  main: { minWidth: 0 },
});
