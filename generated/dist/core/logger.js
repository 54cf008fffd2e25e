const RANK = { off: 0, error: 1, warn: 2, info: 3, debug: 4 };
/** Headers whose values are never logged. */
const SECRET_HEADERS = new Set([
    'authorization',
    'x-auth-key',
    'x-auth-email',
    'x-auth-user-service-key',
    'cookie',
    'set-cookie',
    'proxy-authorization',
]);
export function enabled(level, wanted) {
    return RANK[level] >= RANK[wanted];
}
/** A copy of the headers with every credential replaced by `***`. */
export function redactHeaders(headers) {
    const out = {};
    for (const [k, v] of Object.entries(headers))
        out[k] = SECRET_HEADERS.has(k.toLowerCase()) ? '***' : v;
    return out;
}
