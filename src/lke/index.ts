/** The LKE core: catalogue, scoring, eligibility, validation. Pure TypeScript, no host. */
export type * from './catalogue/types';
export { indexOf, ratioInputs, type CatalogueIndex } from './catalogue/indexCatalogue';
export { catalogueFromPortalMaster, splitNumbering } from './catalogue/fromPortalMaster';
export type { PortalMaster, PortalNode, PortalSoal } from './catalogue/portalMaster';
export { LKE_2021 } from './data/lke2021.generated';
export { RULES_2021 } from './data/rules2021';
export { THRESHOLDS_2021 } from './data/thresholds2021';
export * from './answers';
export * from './round';
export * from './score';
export * from './eligibility';
export * from './checklist';
export * from './validate';
export * from './messages';
export * from './evaluate';
export * from './portalAnswers';
export { InputError } from './errors';
export { CatalogueError } from './catalogue/errors';
