/** The `encoding` entry of one top-level property (OpenAPI's Encoding Object). */
export interface FormEncoding {
    style?: string;
    explode?: boolean;
}
export declare function encodeForm(value: Record<string, unknown>, encoding?: Record<string, FormEncoding>): string;
