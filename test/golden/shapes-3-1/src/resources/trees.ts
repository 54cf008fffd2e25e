/**
 * The operations of `client.trees` (class `Trees`), one function each, with their types.
 * The client imports this module on the first call of one of them.
 */
import type { APIClient } from '../core/client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/request.js';
import type { TreeListTreesParams, TreeListTreesResponse } from './trees.types.js';
import { explainTreeListTreesResponse, isTreeListTreesResponse } from './trees.validators.js';

export type * from './trees.types.js';

/**
 * `GET /trees` (operationId `listTrees`)
 *
 * The same as `client.trees.listTrees()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function treeListTrees(client: APIClient, params: TreeListTreesParams = {}, options?: RequestOptions): APIPromise<TreeListTreesResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<TreeListTreesResponse>(() => {
    return {
      method: "get",
      path: "/trees",
      security: [],
      check: isTreeListTreesResponse,
      explain: explainTreeListTreesResponse,
      retrySafe: true,
    };
  }, options);
}
