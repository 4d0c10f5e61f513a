import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import {
  DARK,
  fluentTheme,
  LIGHT,
  themeKindFromOffice,
  themeVariables,
  TOKEN_NAMES,
  tokens,
} from '../../../src/taskpane/theme';

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

  it('maps to the Fluent web themes, token for token', () => {
    expect(fluentTheme('dark')).toBe(DARK);
    expect(fluentTheme('light')).toBe(LIGHT);
    for (const k of TOKEN_NAMES) {
      expect([k, LIGHT[k]]).toEqual([k, webLightTheme[k]]);
      expect([k, DARK[k]]).toEqual([k, webDarkTheme[k]]);
    }
    expect(LIGHT.colorNeutralBackground1).not.toBe(DARK.colorNeutralBackground1); // the check can fail
  });

  it('gives every token the pane styles use a value (no var() left undefined)', () => {
    const used = new Set<string>();
    const walk = (dir: string): void => {
      for (const f of readdirSync(dir)) {
        const p = join(dir, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.tsx?$/.test(f))
          for (const m of readFileSync(p, 'utf8').matchAll(/\btokens\.(\w+)/g)) used.add(m[1] ?? '');
      }
    };
    walk(join(__dirname, '..', '..', '..', 'src', 'taskpane'));
    expect(used.size).toBeGreaterThan(20);
    const listed = new Set<string>(TOKEN_NAMES);
    expect([...used].filter((k) => !listed.has(k))).toEqual([]);
    expect(tokens.colorBrandBackground).toBe('var(--colorBrandBackground)');
    expect(themeVariables(LIGHT)['--colorBrandBackground']).toBe(webLightTheme.colorBrandBackground);
  });
});
