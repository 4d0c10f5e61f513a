/** The pane's views, ready to mount: `<PaneViews model={…} actions={…} lang theme />`. */
export { PaneViews, type PaneViewsProps } from './PaneViews';
export { VIEWS, defaultView, type ViewId } from './usePaneViews';
export { MulaiView } from './MulaiView/MulaiView';
export { StatusView } from './StatusView/StatusView';
export { ValidasiView } from './ValidasiView/ValidasiView';
export { TinjauView } from './TinjauView/TinjauView';
export { EksporView } from './EksporView/EksporView';
