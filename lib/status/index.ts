// Status of a measure: action text → classification → stage, outcome and current body (see DESIGN.md "Status").
export {
  OCD_ACTION_CLASSIFICATIONS,
  LOCAL_ACTION_CLASSIFICATIONS,
  isActionClassification,
  type ActionClassification,
  type OcdActionClassification,
  type LocalActionClassification,
} from './classifications';
export { classifyAction, classifyActionText } from './classify';
export { classifyCongressActionCode } from './congress-codes';
export {
  FINAL_OUTCOMES,
  deriveStatus,
  type DerivedStatus,
  type LawCitation,
  type StatusAction,
  type StatusInput,
} from './derive';
export { formatLaw, lawUrl, parseLaw } from './laws';
export { isDormant } from './dormancy';
export { effectiveStatus, type EffectiveStatus, type StatusOverride } from './override';
export { STAGE_ORDER, finalStage, isSuccess, outcomeLabel, stageLabel, stageRank, stagesForType } from './stages';
