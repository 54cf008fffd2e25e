import { ResponseParseError } from './errors.js';
/**
 * One record of a streamed response (a server-sent event's data, an NDJSON line) that the parser
 * could not read: not JSON, say. A ResponseParseError, so that one `catch` serves both kinds of body.
 */
export declare class StreamParseError extends ResponseParseError {
    /** The record as received. */
    readonly record: string;
    name: string;
    constructor(status: number, 
    /** The record as received. */
    record: string, options?: {
        cause?: unknown;
    });
}
