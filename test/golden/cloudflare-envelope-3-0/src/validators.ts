export type { ValidationIssue, ValidationResult } from './core/validation.js';
export { isEnvelope, validateEnvelope, isMessage, validateMessage, isResultInfo, validateResultInfo, isWidget, validateWidget } from './schemas/widgets.validators.js';
export { isWidgetDeleteResponse, validateWidgetDeleteResponse, isWidgetListResponse, validateWidgetListResponse } from './resources/widgets.validators.js';
