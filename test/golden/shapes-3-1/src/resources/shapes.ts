/**
 * The operations of `client.shapes` (class `Shapes`), one function each, with their types.
 * The client imports this module on the first call of one of them.
 */
import type { APIClient } from '../core/client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/request.js';
import { expandPath } from '../internal/path.js';
import type { ShapeGetParams, ShapeGetResponse } from './shapes.types.js';
import { explainShapeGetArgs, explainShapeGetResponse, isShapeGetArgs, isShapeGetResponse } from './shapes.validators.js';

export type * from './shapes.types.js';

/**
 * `GET /shapes/{shape_id}` (operationId `getShape`)
 *
 * The same as `client.shapes.get()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function shapeGet(client: APIClient, shapeId: string, params: ShapeGetParams = {}, options?: RequestOptions): APIPromise<ShapeGetResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<ShapeGetResponse>(() => {
    client.checkArgs(params, { shape_id: shapeId }, isShapeGetArgs, explainShapeGetArgs);
    return {
      method: "get",
      path: expandPath("/shapes/{shape_id}", { shape_id: shapeId }),
      security: [],
      check: isShapeGetResponse,
      explain: explainShapeGetResponse,
      retrySafe: true,
    };
  }, options);
}
