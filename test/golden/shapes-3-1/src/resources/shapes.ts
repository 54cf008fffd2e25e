import type { APIClient, RequestOptions } from '../core/api-client.js';
import type { APIPromise } from '../core/api-promise.js';
import { expandPath } from '../core/path.js';
import type { ShapeGetParams, ShapeGetResponse } from './shapes.types.js';
import {
  isShapeGetArgs,
  explainShapeGetArgs,
  isShapeGetResponse,
  explainShapeGetResponse,
} from './shapes.validators.js';

/** Operations under `shapes`. */
export class Shapes {
  constructor(private readonly _client: APIClient) {}

  /**
   * `GET /shapes/{shape_id}` (operationId `getShape`)
   */
  get(shapeId: string, params: ShapeGetParams = {}, options?: RequestOptions): APIPromise<ShapeGetResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<ShapeGetResponse>(() => {
      this._client.checkArgs({ ...params, shape_id: shapeId }, isShapeGetArgs, explainShapeGetArgs);
      return {
        method: 'get',
        path: expandPath('/shapes/{shape_id}', { shape_id: shapeId }),
        security: [],
        check: isShapeGetResponse,
        explain: explainShapeGetResponse,
        retrySafe: true,
      };
    }, options);
  }
}
