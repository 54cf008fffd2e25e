/** How a request body is encoded, by the kind of its media type (the generator classifies them). */
export type BodyKind = 'json' | 'form' | 'multipart' | 'binary' | 'text' | 'ndjson';
/** What OpenAPI's Encoding Object says of one property of a form or multipart body. */
export interface PropertyEncoding {
    contentType?: string;
    style?: string;
    explode?: boolean;
    allowReserved?: boolean;
}
/** One media type an operation's request body may be sent as. */
export interface BodyContent {
    mediaType: string;
    kind: BodyKind;
    encoding?: Record<string, PropertyEncoding>;
}
/**
 * The content a call asked for with its `contentType` param, among those the operation declares;
 * the first when it asked for none. Another value is an `InvalidParameterError` naming
 * `/contentType`, before anything is sent.
 */
export declare function pickContent(contentType: unknown, contents: BodyContent[]): BodyContent;
