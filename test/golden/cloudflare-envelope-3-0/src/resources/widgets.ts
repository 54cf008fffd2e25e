/**
 * The operations of `client.widgets` (class `Widgets`), one function each, with their types.
 * The client imports this module on the first call of one of them.
 */
import type { APIClient } from '../core/client.js';
import type { APIPromise } from '../core/api-promise.js';
import { requestPage, type PagePromise } from '../core/pagination.js';
import type { RequestOptions } from '../core/request.js';
import { expandPath } from '../internal/path.js';
import type { WidgetDeleteParams, WidgetDeleteResponse, WidgetListParams, WidgetListResponse } from './widgets.types.js';
import { explainWidgetDeleteArgs, explainWidgetDeleteResponse, explainWidgetListArgs, explainWidgetListResponse, isWidgetDeleteArgs, isWidgetDeleteResponse, isWidgetListArgs, isWidgetListResponse } from './widgets.validators.js';

export type * from './widgets.types.js';

/**
 * Delete a widget
 *
 * Deletes a widget. This cannot be undone.
 *
 * `DELETE /accounts/{account_id}/widgets/{widget_id}` (operationId `widgets-delete`)
 *
 * The same as `client.widgets.delete()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function widgetDelete(client: APIClient, accountId: string, widgetId: string, params: WidgetDeleteParams = {}, options?: RequestOptions): APIPromise<WidgetDeleteResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<WidgetDeleteResponse>(() => {
    client.checkArgs(params, { account_id: accountId, widget_id: widgetId }, isWidgetDeleteArgs, explainWidgetDeleteArgs);
    return {
      method: "delete",
      path: expandPath("/accounts/{account_id}/widgets/{widget_id}", { account_id: accountId, widget_id: widgetId }),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isWidgetDeleteResponse,
      explain: explainWidgetDeleteResponse,
      retrySafe: true,
    };
  }, options);
}

/**
 * List widgets
 *
 * `GET /accounts/{account_id}/widgets` (operationId `widgets-list`)
 *
 * Returns the first page; `for await` over the result walks every item of every page.
 *
 * The same as `client.widgets.list()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function widgetList(client: APIClient, accountId: string, params: WidgetListParams = {}, options?: RequestOptions): PagePromise<WidgetListResponse[number]> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return requestPage<WidgetListResponse[number]>(client, () => {
    client.checkArgs(params, { account_id: accountId }, isWidgetListArgs, explainWidgetListArgs);
    return {
      method: "get",
      path: expandPath("/accounts/{account_id}/widgets", { account_id: accountId }),
      query: { page: params.page, per_page: params.per_page },
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isWidgetListResponse,
      explain: explainWidgetListResponse,
      retrySafe: true,
    };
  }, options);
}
