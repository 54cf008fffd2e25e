import type { APIClient, RequestOptions } from '../core/api-client.js';
import type { APIPromise } from '../core/api-promise.js';
import { expandPath } from '../core/path.js';
import type { ShapeGetParams, ShapeGetResponse } from './shapes.types.js';
import type * as Validators from './shapes.validators.js';

// The validators load with the first call that needs them, not with the client: a program
// that calls one resource parses the checks of that resource only.
let validators: typeof Validators | undefined;
let loadingValidators: Promise<typeof Validators> | undefined;

/** Runs `build` with the validators: at once when they are loaded, else once they are. */
function withValidators<T>(build: (v: typeof Validators) => T): T | Promise<T> {
  if (validators !== undefined) return build(validators);
  loadingValidators ??= import('./shapes.validators.js').then((loaded) => (validators = loaded));
  return loadingValidators.then(build);
}

/** Operations under `shapes`. */
export class Shapes {
  constructor(private readonly _client: APIClient) {}

  /**
   * `GET /shapes/{shape_id}` (operationId `getShape`)
   */
  get(shapeId: string, params: ShapeGetParams = {}, options?: RequestOptions): APIPromise<ShapeGetResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<ShapeGetResponse>(() => withValidators((v) => {
      this._client.checkArgs(params, { shape_id: shapeId }, v.isShapeGetArgs, v.explainShapeGetArgs);
      return {
        method: "get",
        path: expandPath("/shapes/{shape_id}", { shape_id: shapeId }),
        security: [],
        check: v.isShapeGetResponse,
        explain: v.explainShapeGetResponse,
        retrySafe: true,
      };
    }), options);
  }
}
