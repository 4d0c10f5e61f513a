import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { ActionRun } from './useActionRunner';

/** The error or success of an action, as a Fluent MessageBar (polite live region). */
export function RunMessages(props: { readonly run: ActionRun }): JSX.Element | null {
  const { error, success } = props.run;
  if (error !== null)
    return (
      <MessageBar intent="error">
        <MessageBarBody>{error}</MessageBarBody>
      </MessageBar>
    );
  if (success !== null)
    return (
      <MessageBar intent="success">
        <MessageBarBody>{success}</MessageBarBody>
      </MessageBar>
    );
  return null;
}
