import type { Widget } from '../schemas/widgets.types.js';

/** Parameters of `widgets.delete` (`DELETE /accounts/{account_id}/widgets/{widget_id}`). */
export type WidgetDeleteParams = Record<string, unknown>;

export type WidgetDeleteResponse = ({
  id: string;
}) | null;

/** Parameters of `widgets.list` (`GET /accounts/{account_id}/widgets`). */
export interface WidgetListParams {
  /** @minimum 1 */
  page?: number;
  /**
   * @minimum 1
   * @maximum 50
   */
  per_page?: number;
}

export type WidgetListResponse = Widget[];
