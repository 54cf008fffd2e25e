import { InvalidParameterError } from '../core/errors.js';
import { describe } from '../core/validation.js';

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
export function pickContent(contentType: unknown, contents: BodyContent[]): BodyContent {
  if (contentType === undefined) return contents[0]!;
  const found = contents.find((c) => c.mediaType === contentType);
  if (found) return found;
  const allowed = contents.map((c) => c.mediaType);
  throw new InvalidParameterError([
    {
      path: '/contentType',
      message: `must be one of ${allowed.map((t) => JSON.stringify(t)).join(', ')}, received ${describe(contentType)}`,
      expected: allowed.join(' | '),
      received: describe(contentType),
    },
  ]);
}
