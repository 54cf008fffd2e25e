import { collectIssues, fail, type ValidationIssue, type ValidationResult } from '../core/validation.js';
import { explainTreeNode, isTreeNode } from '../schemas/trees.validators.js';
import type { TreeListTreesResponse } from './trees.types.js';

/** Whether `value` is a valid {@link TreeListTreesResponse}. Fast: returns at the first problem. */
export function isTreeListTreesResponse(value: unknown): value is TreeListTreesResponse {
  if (!Array.isArray(value)) return false;
  const v0: unknown[] = value;
  for (let v1 = 0; v1 < v0.length; v1++) {
    const v2 = v0[v1];
    if (!isTreeNode(v2)) return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isTreeListTreesResponse} is false. */
export function explainTreeListTreesResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!Array.isArray(value)) {
    fail(issues, path, "array", value);
  } else {
    const v0: unknown[] = value as unknown[];
    for (let v1 = 0; v1 < v0.length; v1++) {
      const v2 = v0[v1];
      explainTreeNode(v2, path + '/' + v1, issues);
    }
  }
}

/** Checks `value` against {@link TreeListTreesResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateTreeListTreesResponse(value: unknown): ValidationResult<TreeListTreesResponse> {
  return isTreeListTreesResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainTreeListTreesResponse) };
}
