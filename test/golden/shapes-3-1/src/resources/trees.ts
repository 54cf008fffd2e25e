import type { APIClient, RequestOptions } from '../core/api-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { TreeListTreesParams, TreeListTreesResponse } from './trees.types.js';
import type * as Validators from './trees.validators.js';

// The validators load with the first call that needs them, not with the client: a program
// that calls one resource parses the checks of that resource only.
let validators: typeof Validators | undefined;
let loadingValidators: Promise<typeof Validators> | undefined;

/** Runs `build` with the validators: at once when they are loaded, else once they are. */
function withValidators<T>(build: (v: typeof Validators) => T): T | Promise<T> {
  if (validators !== undefined) return build(validators);
  loadingValidators ??= import('./trees.validators.js').then((loaded) => (validators = loaded));
  return loadingValidators.then(build);
}

/** Operations under `trees`. */
export class Trees {
  constructor(private readonly _client: APIClient) {}

  /**
   * `GET /trees` (operationId `listTrees`)
   */
  listTrees(params: TreeListTreesParams = {}, options?: RequestOptions): APIPromise<TreeListTreesResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<TreeListTreesResponse>(() => withValidators((v) => {
      return {
        method: "get",
        path: "/trees",
        security: [],
        check: v.isTreeListTreesResponse,
        explain: v.explainTreeListTreesResponse,
        retrySafe: true,
      };
    }), options);
  }
}
