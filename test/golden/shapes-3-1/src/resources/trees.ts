import type { APIClient, RequestOptions } from '../core/api-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { TreeListTreesParams, TreeListTreesResponse } from './trees.types.js';
import { isTreeListTreesResponse, explainTreeListTreesResponse } from './trees.validators.js';

/** Operations under `trees`. */
export class Trees {
  constructor(private readonly _client: APIClient) {}

  /**
   * `GET /trees` (operationId `listTrees`)
   */
  listTrees(params: TreeListTreesParams = {}, options?: RequestOptions): APIPromise<TreeListTreesResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<TreeListTreesResponse>(() => {
      return {
        method: 'get',
        path: '/trees',
        security: [],
        check: isTreeListTreesResponse,
        explain: explainTreeListTreesResponse,
        retrySafe: true,
      };
    }, options);
  }
}
