import { APIClient, type ClientDefinition, type CoreClientOptions } from './core/api-client.js';
import { Widgets } from './resources/widgets.js';

export interface ClientOptions extends CoreClientOptions {
  /** Sent for the `api_email` security scheme. */
  apiEmail?: string | undefined;
  /** Sent for the `api_key` security scheme. */
  apiKey?: string | undefined;
  /** Sent for the `api_token` security scheme. */
  apiToken?: string | undefined;
}

const DEFINITION: ClientDefinition = {
  "baseURL": "https://api.example.com/client/v4",
  "security": {
    "api_email": {
      "kind": "header",
      "option": "apiEmail",
      "paramName": "X-Auth-Email"
    },
    "api_key": {
      "kind": "header",
      "option": "apiKey",
      "paramName": "X-Auth-Key"
    },
    "api_token": {
      "kind": "bearer",
      "option": "apiToken"
    }
  },
  "pathParamOptions": {}
};

/**
 * Client for Widgets API (API version 4.0.0).
 *
 * Resources are created on first use, so constructing a client is cheap.
 */
export class Client extends APIClient {
  #widgets: Widgets | undefined;

  constructor(options: ClientOptions = {}) {
    super(DEFINITION, options);
  }

  /** Widgets operations, created on first use. */
  get widgets(): Widgets {
    return (this.#widgets ??= new Widgets(this));
  }
}
