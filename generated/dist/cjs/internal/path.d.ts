/** How OpenAPI serializes one path parameter: `simple` (the default, not exploded), `label` or `matrix`. */
export interface PathStyle {
    style: 'simple' | 'label' | 'matrix';
    explode: boolean;
}
/**
 * Fills the spec's path template (`/gateways/{gateway_id}/logs/{id}`) with the call's
 * values, as their `styles` say (default `simple`, not exploded): `blue`, `.blue` (label),
 * `;color=blue` (matrix); arrays and objects as OpenAPI's Style Examples table writes them.
 * Every name, item, key and value is percent-encoded, so `/`, `?`, `#` and `..` in a value can
 * never change which path is requested, and a segment a value fills may not end up empty, `.`
 * or `..`. An unusable value is an `InvalidParameterError` that names the parameter.
 */
export declare function expandPath(template: string, values: Record<string, unknown>, styles?: Record<string, PathStyle>): string;
