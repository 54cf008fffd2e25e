import { APIClient, type ClientDefinition, type CoreClientOptions } from './core/client.js';
import { APIPromise } from './core/api-promise.js';
import { PagePromise } from './core/pagination.js';
import type { RequestOptions } from './core/request.js';
import { LazyModule } from './internal/lazy-module.js';
import type * as WidgetsAPI from './resources/widgets.js';

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

/**
 * A client without resource properties, for the operations as functions (one module per
 * resource, `<package>/resources/<resource>`, each function taking the client first): a bundler
 * then keeps only the operations a program imports. Any `Client` works there too.
 */
export function createClient(options: ClientOptions = {}): APIClient {
  return new APIClient(DEFINITION, options);
}

// One per operations module; nothing is imported until a method needs it.
const widgetsModule = /* @__PURE__ */ new LazyModule(() => import('./resources/widgets.js'));

/** Operations under `widgets`. */
export class Widgets {
  constructor(private readonly _client: APIClient) {}

  /**
   * Delete a widget
   *
   * Deletes a widget. This cannot be undone.
   *
   * `DELETE /accounts/{account_id}/widgets/{widget_id}` (operationId `widgets-delete`)
   */
  delete(accountId: string, widgetId: string, params?: WidgetsAPI.WidgetDeleteParams, options?: RequestOptions): APIPromise<WidgetsAPI.WidgetDeleteResponse> {
    return widgetsModule.call(APIPromise, (operations) => operations.widgetDelete(this._client, accountId, widgetId, params, options));
  }

  /**
   * List widgets
   *
   * `GET /accounts/{account_id}/widgets` (operationId `widgets-list`)
   *
   * Returns the first page; `for await` over the result walks every item of every page.
   */
  list(accountId: string, params?: WidgetsAPI.WidgetListParams, options?: RequestOptions): PagePromise<WidgetsAPI.WidgetListResponse[number]> {
    return widgetsModule.call(PagePromise, (operations) => operations.widgetList(this._client, accountId, params, options));
  }
}
