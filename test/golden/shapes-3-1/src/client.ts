import { APIClient, type ClientDefinition, type CoreClientOptions } from './core/client.js';
import { APIPromise } from './core/api-promise.js';
import type { RequestOptions } from './core/request.js';
import { LazyModule } from './internal/lazy-module.js';
import type * as ShapesAPI from './resources/shapes.js';
import type * as TreesAPI from './resources/trees.js';

export interface ClientOptions extends CoreClientOptions {
}

const DEFINITION: ClientDefinition = {
  "baseURL": "https://shapes.example.com",
  "security": {},
  "pathParamOptions": {}
};

/**
 * Client for Shapes (API version 2.0.0).
 *
 * Resources are created on first use, so constructing a client is cheap.
 */
export class Client extends APIClient {
  #shapes: Shapes | undefined;
  #trees: Trees | undefined;

  constructor(options: ClientOptions = {}) {
    super(DEFINITION, options);
  }

  /** Shapes operations, created on first use. */
  get shapes(): Shapes {
    return (this.#shapes ??= new Shapes(this));
  }

  /** Trees operations, created on first use. */
  get trees(): Trees {
    return (this.#trees ??= new Trees(this));
  }
}

/**
 * A client without resource properties, for the operations as functions (one module per
 * resource, `<package>/resources/<resource>`, each function taking the client first): a bundler
 * then keeps only the operations a program imports. Any `Client` works there too.
 */
export function createClient(options: ClientOptions = {}): APIClient {
  return new APIClient(DEFINITION, options);
}

// One per operations module; nothing is imported until a method needs it.
const shapesModule = /* @__PURE__ */ new LazyModule(() => import('./resources/shapes.js'));
const treesModule = /* @__PURE__ */ new LazyModule(() => import('./resources/trees.js'));

/** Operations under `shapes`. */
export class Shapes {
  constructor(private readonly _client: APIClient) {}

  /**
   * `GET /shapes/{shape_id}` (operationId `getShape`)
   */
  get(shapeId: string, params?: ShapesAPI.ShapeGetParams, options?: RequestOptions): APIPromise<ShapesAPI.ShapeGetResponse> {
    return shapesModule.call(APIPromise, (operations) => operations.shapeGet(this._client, shapeId, params, options));
  }
}

/** Operations under `trees`. */
export class Trees {
  constructor(private readonly _client: APIClient) {}

  /**
   * `GET /trees` (operationId `listTrees`)
   */
  listTrees(params?: TreesAPI.TreeListTreesParams, options?: RequestOptions): APIPromise<TreesAPI.TreeListTreesResponse> {
    return treesModule.call(APIPromise, (operations) => operations.treeListTrees(this._client, params, options));
  }
}
