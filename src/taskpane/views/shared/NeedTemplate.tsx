import { useT } from '../../i18n';
import { Notice } from './Notice';

/** Shown by the views that need our template when the workbook has none yet. */
export function NeedTemplate(): JSX.Element {
  const { t } = useT();
  return <Notice intent="info">{t('needTemplate')}</Notice>;
}
