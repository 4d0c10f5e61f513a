import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useT } from '../../i18n';

/** Shown by the views that need our template when the workbook has none yet. */
export function NeedTemplate(): JSX.Element {
  const { t } = useT();
  return (
    <MessageBar intent="info">
      <MessageBarBody>{t('needTemplate')}</MessageBarBody>
    </MessageBar>
  );
}
