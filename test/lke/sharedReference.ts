import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PortalMaster } from '../../src/lke';

/** The shared reference folder beside the repository (`../shared/reference`). */
export const REFERENCE_DIR = resolve(__dirname, '../../../shared/reference');

export function readReference<T>(name: string): T {
  return JSON.parse(readFileSync(resolve(REFERENCE_DIR, name), 'utf8')) as T;
}

export const master2026 = (): PortalMaster => readReference<PortalMaster>('portalrb-master-soal-2026.json');
