export type { ValidationIssue, ValidationResult } from './core/validation.js';
export { isCircle, validateCircle, isShape, validateShape, isSquare, validateSquare } from './schemas/shapes.validators.js';
export { isTreeNode, validateTreeNode, isWeight, validateWeight } from './schemas/trees.validators.js';
export { isShapeGetResponse, validateShapeGetResponse } from './resources/shapes.validators.js';
export { isTreeListTreesResponse, validateTreeListTreesResponse } from './resources/trees.validators.js';
