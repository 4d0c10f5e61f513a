// Renders a view inside the providers the pane gives it, with spy actions.
import { render, type RenderResult } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ReactElement, ReactNode } from 'react';
import { I18nProvider, type Lang, type MessageCatalogue } from '../../../src/taskpane/i18n';
import type { PaneActions } from '../../../src/taskpane/model';

/** Every action as a jest mock that resolves (override per test). */
export function spyActions(over: Partial<PaneActions> = {}): jest.Mocked<PaneActions> {
  return {
    inject: jest.fn(() => Promise.resolve()),
    upgrade: jest.fn(() => Promise.resolve()),
    confirmForeign: jest.fn(() => Promise.resolve()),
    cancelForeign: jest.fn(),
    migrateCirculated: jest.fn(() => Promise.resolve()),
    refresh: jest.fn(() => Promise.resolve()),
    selectCell: jest.fn(() => Promise.resolve()),
    restoreFormulas: jest.fn(() => Promise.resolve()),
    saveProfile: jest.fn(() => Promise.resolve()),
    previewImport: jest.fn(() => Promise.reject(new Error('not stubbed'))),
    applyImport: jest.fn(() => Promise.resolve()),
    exportAnswers: jest.fn(() => Promise.resolve('{}')),
    reportInput: jest.fn(() => Promise.reject(new Error('not stubbed'))),
    ...over,
  } as jest.Mocked<PaneActions>;
}

/** Renders `ui` in a Fluent provider and the i18n provider of `lang` (kept on `rerender`). */
export function renderIn(ui: ReactElement, lang: Lang = 'id', catalogue?: MessageCatalogue): RenderResult {
  const wrapper = ({ children }: { children: ReactNode }): JSX.Element => (
    <FluentProvider theme={webLightTheme}>
      <I18nProvider lang={lang} catalogue={catalogue}>
        {children}
      </I18nProvider>
    </FluentProvider>
  );
  return render(ui, { wrapper });
}
