import { Notice } from './Notice';
import type { ActionRun } from './useActionRunner';

/** The error or success of an action, as a notice (polite live region). */
export function RunMessages(props: { readonly run: ActionRun }): JSX.Element | null {
  const { error, success } = props.run;
  if (error !== null)
    return (
      <Notice intent="error" live>
        {error}
      </Notice>
    );
  if (success !== null)
    return (
      <Notice intent="success" live>
        {success}
      </Notice>
    );
  return null;
}
