/** Fluent light/dark following Office: the shell derives the kind from `Office.context.officeTheme`. */
export { fluentTheme, themeKindFromOffice, type ThemeKind, type OfficeThemeColors } from './theme';
export { ThemeRoot, themeVariables } from './ThemeRoot';
export { tokens } from './tokens';
export { TOKEN_NAMES, LIGHT, DARK, type Palette, type TokenName } from './palette';
