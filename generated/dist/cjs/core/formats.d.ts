/** RFC 3339 full-date, with real calendar limits: "2019-02-29" fails and "2020-02-29" passes. */
export declare function isDate(value: string): boolean;
/** RFC 3339 full-time: the offset is required, and ":60" is allowed only at 23:59 UTC. */
export declare function isTime(value: string): boolean;
/** RFC 3339 date-time: a full-date and a full-time separated by "T", "t" or whitespace. */
export declare function isDateTime(value: string): boolean;
/** RFC 4122 UUID in any case and any version, optionally with a "urn:uuid:" prefix. */
export declare function isUuid(value: string): boolean;
/** A practical subset of RFC 5321 addresses: dot-atom local part, dotted hostname domain. */
export declare function isEmail(value: string): boolean;
/** An absolute RFC 3986 URI (scheme required; a fragment is allowed). */
export declare function isUri(value: string): boolean;
/** Dotted-quad IPv4 address without leading zeros. */
export declare function isIpv4(value: string): boolean;
/** RFC 4291 text form of an IPv6 address, without a zone ("%eth0") or prefix length. */
export declare function isIpv6(value: string): boolean;
/** The checkers keyed by their OpenAPI / JSON Schema `format` name. */
export declare const formatCheckers: Readonly<Record<string, (value: string) => boolean>>;
