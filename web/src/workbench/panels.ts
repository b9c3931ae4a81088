/** The workbench's panels, handed to the workbench routes of app/routes.tsx (which may not import them: they stay in this chunk). */
export { ConditionsEditor } from './policy/ConditionsEditor';
export { ConditionsPolicyPicker } from './policy/ConditionsPolicyPicker';
export { PendingLinks } from './policy/PendingLinks';
export { CrawlSources } from './source/CrawlSources';
export { EntityEditor } from './entity/EntityEditor';
export { EntityList } from './entity/EntityList';
export { TopicReview } from './topic/TopicReview';
export { PurchaseDesk } from './purchase/PurchaseDesk';
export { LearningPathEditor } from './learning/LearningPathEditor';
export { LearningPathList } from './learning/LearningPathList';
