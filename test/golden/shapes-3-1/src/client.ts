import { APIClient, type ClientDefinition, type CoreClientOptions } from './core/api-client.js';
import { Shapes } from './resources/shapes.js';
import { Trees } from './resources/trees.js';

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
