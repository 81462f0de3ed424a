// The editor's writes to a measure and what belongs to it, one file per part (the measure, its timeline, sponsors,
// addressees, relations, sources, status override, deletion), all through the transaction helper in
// ./write-measure.ts. Server actions (lib/measures/actions.ts) and tests import them from here.

export {
  getCurrentMeasure,
  type CurrentMeasure,
  type CurrentRecord,
  type MutationResult,
  type WriteContext,
} from './write-measure';
export { createMeasure, updateMeasure } from './measure';
export { addAction, moveAction, removeAction, updateAction } from './timeline';
export { addSponsorship, removeSponsorship, updateSponsorship } from './sponsorships';
export { addTarget, removeTarget, updateTarget } from './targets';
export { addRelation, removeRelation, updateRelation } from './relations';
export { addCitation, removeCitation, updateCitation } from './citations';
export { clearStatusOverride, setStatusOverride } from './status-override';
export { deleteMeasure } from './delete';
