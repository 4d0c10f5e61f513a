import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { fluentTheme, themeKindFromOffice } from '../../../src/taskpane/theme';

describe('theme following Office', () => {
  it.each([
    [{ bodyBackgroundColor: '#262626' }, 'dark'],
    [{ bodyBackgroundColor: '#1F1F1F' }, 'dark'],
    [{ bodyBackgroundColor: '#FFFFFF' }, 'light'],
    [{ bodyBackgroundColor: '#E6E6E6' }, 'light'],
    [{ bodyBackgroundColor: 'not a colour' }, 'light'],
    [{}, 'light'],
    [undefined, 'light'],
  ])('%p → %s', (office, kind) => expect(themeKindFromOffice(office)).toBe(kind));

  it('maps to the Fluent web themes', () => {
    expect(fluentTheme('dark')).toBe(webDarkTheme);
    expect(fluentTheme('light')).toBe(webLightTheme);
  });
});
