import { useT } from '../../i18n';
import { Button } from './Button';
import { usePaneNav } from './nav';

/** A link-like button from Status's integrity warning to Tinjau's formula audit (the section that can restore). */
export function AuditLink(): JSX.Element {
  const { t } = useT();
  const nav = usePaneNav();
  return (
    <Button size="small" onClick={() => nav.go('tinjau', 'tinjau-audit')}>
      {t('openAudit')}
    </Button>
  );
}
