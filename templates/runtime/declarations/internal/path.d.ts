/**
 * Fills the spec's path template (`/gateways/{gateway_id}/logs/{id}`) with the call's
 * values, percent-encoding each as exactly one path segment: `/`, `?`, `#` and `..` in a
 * value can never change which path is requested. An unusable value is an
 * `InvalidParameterError` that names the parameter.
 */
export declare function expandPath(template: string, values: Record<string, unknown>): string;
