export type { ValidationIssue, ValidationResult } from './core/validation.js';
export {
  isCircle,
  validateCircle,
  isShape,
  validateShape,
  isSquare,
  validateSquare,
  isTreeNode,
  validateTreeNode,
  isWeight,
  validateWeight,
} from './schemas/validators.js';
export { isShapeGetResponse, validateShapeGetResponse } from './resources/shapes.validators.js';
export { isTreeListTreesResponse, validateTreeListTreesResponse } from './resources/trees.validators.js';
