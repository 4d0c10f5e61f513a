import type { WorkbookReading } from '../../excel/read';
import type { TemplateState } from './types';

/**
 * What the workbook holds, from the adapter's reading: nothing read yet, no template, ours (current or an
 * older version), or a foreign sheet named like ours.
 *
 * @example
 * templateState({ kind: 'other', match: 'same', identity: { templateVersion: '2026.1', … } }, '2026.1')
 * // → { kind: 'damaged', version: '2026.1' } (ours, but a sheet or name is missing)
 * templateState({ kind: 'absent' }, '2026.1')                                          // → { kind: 'none' }
 * templateState({ kind: 'read', match: 'other-version', identity: { templateVersion: '2025.1', … }, … }, '2026.1')
 * // → { kind: 'outdated', version: '2025.1', expected: '2026.1' }
 */
export function templateState(reading: WorkbookReading | null, expected: string): TemplateState {
  if (reading === null) return { kind: 'unknown' };
  switch (reading.kind) {
    case 'absent':
      return { kind: 'none' };
    case 'other':
      if ((reading.match === 'same' || reading.match === 'other-version') && reading.identity)
        return { kind: 'damaged', version: reading.identity.templateVersion };
      return { kind: 'foreign' };
    case 'read':
      return reading.match === 'same'
        ? { kind: 'current', version: reading.identity.templateVersion }
        : { kind: 'outdated', version: reading.identity.templateVersion, expected };
    default: {
      const never: never = reading;
      return never;
    }
  }
}
