// The baseline pane of `npm run bench -- addin`: React 18, Fluent v9's provider and one Fluent button, built with
// the same webpack production config and timed in the same harness as ours (the same first-render mark). Never
// shipped; the bench reports our first render ÷ this one's.
import { useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { Button, FluentProvider, webLightTheme } from '@fluentui/react-components';

function Baseline(): JSX.Element {
  useLayoutEffect(() => {
    if (typeof performance.mark === 'function') performance.mark('lke-pane-rendered');
  }, []);
  return (
    <FluentProvider theme={webLightTheme}>
      <main>
        <Button appearance="primary">LKE Zona Integritas</Button>
      </main>
    </FluentProvider>
  );
}

function mount(): void {
  const el = document.getElementById('root');
  if (el) createRoot(el).render(<Baseline />);
}

if (typeof Office === 'undefined') mount();
else void Office.onReady(() => mount());
