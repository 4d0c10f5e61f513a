/** Fluent light/dark following Office: the shell derives the kind from `Office.context.officeTheme`. */
export { fluentTheme, themeKindFromOffice, type ThemeKind, type OfficeThemeColors } from './theme';
