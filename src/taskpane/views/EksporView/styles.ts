import { makeStyles } from '@fluentui/react-components';
import { tokens } from '../../theme/tokens';

/** Ekspor: the read-only box holding the answers file's text, as wide as the pane. */
export const useEksporStyles = makeStyles({
  boxLabel: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
  },
  box: {
    boxSizing: 'border-box',
    width: '100%',
    minWidth: 0,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase100,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground3,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    resize: 'vertical',
  },
});
