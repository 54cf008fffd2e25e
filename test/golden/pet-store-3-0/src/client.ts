import { APIClient, type ClientDefinition, type CoreClientOptions } from './core/api-client.js';
import { Pets } from './resources/pets.js';

export interface ClientOptions extends CoreClientOptions {
  /**
   * A bearer token.
   * Sent for the `bearer` security scheme.
   */
  bearer?: string | undefined;
}

const DEFINITION: ClientDefinition = {
  "baseURL": "https://pets.example.com/v1",
  "security": {
    "bearer": {
      "kind": "bearer",
      "option": "bearer"
    }
  },
  "pathParamOptions": {}
};

/**
 * Client for Pet Store (API version 1.0.0).
 *
 * Resources are created on first use, so constructing a client is cheap.
 */
export class Client extends APIClient {
  #pets: Pets | undefined;

  constructor(options: ClientOptions = {}) {
    super(DEFINITION, options);
  }

  /** Pets operations, created on first use. */
  get pets(): Pets {
    return (this.#pets ??= new Pets(this));
  }
}
