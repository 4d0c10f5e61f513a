import { makeStyles } from '@fluentui/react-components';
import { tokens } from '../../theme/tokens';

/** Soal ini: a card under the tabs, its text wrapped at the pane width, the options as a compact list. */
export const useQuestionStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    margin: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorCompoundBrandStroke}`,
    backgroundColor: tokens.colorNeutralBackground2,
    fontSize: tokens.fontSizeBase200,
    minWidth: 0,
  },
  head: {
    display: 'flex',
    alignItems: 'baseline',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalS,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'break-word',
  },
  text: { margin: 0, fontSize: tokens.fontSizeBase300, overflowWrap: 'break-word' },
  fact: { margin: 0, overflowWrap: 'break-word' },
  label: { margin: 0, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  options: {
    margin: 0,
    paddingLeft: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    rowGap: '2px',
  },
  option: { display: 'grid', gridTemplateColumns: '1.5em 1fr', columnGap: tokens.spacingHorizontalXS },
  key: { fontWeight: tokens.fontWeightSemibold },
  chosen: { backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusSmall },
  criteria: { margin: 0, whiteSpace: 'pre-line', overflowWrap: 'break-word' },
  facts: { margin: 0, display: 'flex', flexDirection: 'column', rowGap: '2px' },
  link: { color: tokens.colorBrandForegroundLink, overflowWrap: 'anywhere' },
});
