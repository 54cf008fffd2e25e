import type { APIClient, RequestOptions } from '../core/api-client.js';
import type { APIPromise } from '../core/api-promise.js';
import { requestPage, type PagePromise } from '../core/pagination.js';
import { expandPath } from '../core/path.js';
import type { WidgetDeleteParams, WidgetDeleteResponse, WidgetListParams, WidgetListResponse } from './widgets.types.js';
import type * as Validators from './widgets.validators.js';

// The validators load with the first call that needs them, not with the client: a program
// that calls one resource parses the checks of that resource only.
let validators: typeof Validators | undefined;
let loadingValidators: Promise<typeof Validators> | undefined;

/** Runs `build` with the validators: at once when they are loaded, else once they are. */
function withValidators<T>(build: (v: typeof Validators) => T): T | Promise<T> {
  if (validators !== undefined) return build(validators);
  loadingValidators ??= import('./widgets.validators.js').then((loaded) => (validators = loaded));
  return loadingValidators.then(build);
}

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
  delete(accountId: string, widgetId: string, params: WidgetDeleteParams = {}, options?: RequestOptions): APIPromise<WidgetDeleteResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<WidgetDeleteResponse>(() => withValidators((v) => {
      this._client.checkArgs(params, { account_id: accountId, widget_id: widgetId }, v.isWidgetDeleteArgs, v.explainWidgetDeleteArgs);
      return {
        method: "delete",
        path: expandPath("/accounts/{account_id}/widgets/{widget_id}", { account_id: accountId, widget_id: widgetId }),
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isWidgetDeleteResponse,
        explain: v.explainWidgetDeleteResponse,
        retrySafe: true,
      };
    }), options);
  }

  /**
   * List widgets
   *
   * `GET /accounts/{account_id}/widgets` (operationId `widgets-list`)
   *
   * Returns the first page; `for await` over the result walks every item of every page.
   */
  list(accountId: string, params: WidgetListParams = {}, options?: RequestOptions): PagePromise<WidgetListResponse[number]> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return requestPage<WidgetListResponse[number]>(this._client, () => withValidators((v) => {
      this._client.checkArgs(params, { account_id: accountId }, v.isWidgetListArgs, v.explainWidgetListArgs);
      return {
        method: "get",
        path: expandPath("/accounts/{account_id}/widgets", { account_id: accountId }),
        query: { page: params.page, per_page: params.per_page },
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isWidgetListResponse,
        explain: v.explainWidgetListResponse,
        retrySafe: true,
      };
    }), options);
  }
}
