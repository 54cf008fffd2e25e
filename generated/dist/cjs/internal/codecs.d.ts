/**
 * Loaders of the code only some operations need: the encoders of bodies that are not JSON
 * (forms, multipart, bytes, text) and the readers of streamed responses (server-sent events,
 * NDJSON). A generated operation that needs one names it in its request (`RequestSpec.encoder`,
 * `RequestSpec.streams`), and the module loads with the first request that calls it. Because
 * only those operations reference a loader, a bundler drops the loader and everything it loads
 * from a program that calls none of them, with code splitting or without: the request loop
 * itself imports neither module.
 */
export declare function loadBodyEncoder(): Promise<typeof import('./request-body.js')>;
export declare function loadStreams(): Promise<typeof import('../core/streaming.js')>;
export type BodyEncoderLoader = typeof loadBodyEncoder;
export type StreamsLoader = typeof loadStreams;
