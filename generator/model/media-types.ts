type Raw = Record<string, unknown>;

/** A Media Type Object of a `content` map, with its media type. */
export interface Content {
  mediaType: string;
  media: Raw | undefined;
}

const JSON_MEDIA_TYPE = /^application\/(.+\+)?json\b/;

/** The media type a body is read or sent as: the first JSON one, else the first declared. */
export function preferredContent(content: unknown): Content | undefined {
  if (!content || typeof content !== 'object') return undefined;
  const types = Object.keys(content);
  const mediaType = types.find((t) => JSON_MEDIA_TYPE.test(t)) ?? types[0];
  if (mediaType === undefined) return undefined;
  return { mediaType, media: (content as Raw)[mediaType] as Raw | undefined };
}
