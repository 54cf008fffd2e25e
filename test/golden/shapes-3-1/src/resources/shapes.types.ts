import type { Shape } from '../schemas/shapes.types.js';

/** Parameters of `shapes.get` (`GET /shapes/{shape_id}`). */
export type ShapeGetParams = Record<string, unknown>;

export type ShapeGetResponse = Shape;
