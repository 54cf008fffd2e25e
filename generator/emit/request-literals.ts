import type { MediaContent, Operation, Parameter } from '../model/ir.js';
import { printLiteral } from './literal.js';
import { propertyKey, stringLiteral } from './safe-text.js';

/**
 * The parts of an operation's request literal (templates/resource.ts.hbs) that say how it goes
 * on the wire, where it differs from the default: parameter styles, the body's media type, the
 * response's media types and how it is read. Each is '' when the default holds, so that the
 * common case (JSON in, JSON out, default styles) prints nothing extra. The runtime reads them
 * as `RequestSpec` (templates/runtime/core/request.ts).
 */

function styles(params: Parameter[], styled: (p: Parameter) => boolean, entry: (p: Parameter) => string): string {
  const chosen = params.filter(styled);
  if (chosen.length === 0) return '';
  return `{ ${chosen.map((p) => `${propertyKey(p.name)}: ${entry(p)}`).join(', ')} }`;
}

/** Query parameters not sent the default way (`form`, exploded), or with reserved characters left as they are. */
export function queryStylesLiteral(op: Operation): string {
  return styles(
    op.objectParams.filter((p) => p.in === 'query'),
    (p) => !(p.style === 'form' && p.explode) || p.allowReserved === true,
    (p) => `{ style: ${stringLiteral(p.style)}, explode: ${p.explode}${p.allowReserved ? ', allowReserved: true' : ''} }`,
  );
}

/** Path parameters in the `label` or `matrix` style, or exploded: `expandPath`'s third argument. */
export function pathStylesLiteral(op: Operation): string {
  return styles(
    [...op.positionalParams, ...op.objectParams.filter((p) => p.in === 'path')],
    (p) => p.style !== 'simple' || p.explode,
    (p) => `{ style: ${stringLiteral(p.style)}, explode: ${p.explode} }`,
  );
}

/** Header parameters that are exploded (`R=100,G=200`); `simple` is the only style headers have. */
export function headerStylesLiteral(op: Operation): string {
  return styles(
    op.objectParams.filter((p) => p.in === 'header'),
    (p) => p.explode,
    () => `{ style: 'simple', explode: true }`,
  );
}

/** Cookie parameters that are not exploded (`color=blue,black`); `form`, exploded, is the default. */
export function cookieStylesLiteral(op: Operation): string {
  return styles(
    op.objectParams.filter((p) => p.in === 'cookie'),
    (p) => !p.explode,
    () => `{ style: 'form', explode: false }`,
  );
}

/** One request media type as the runtime's `BodyContent`. */
function contentOf(content: MediaContent): Record<string, unknown> {
  return {
    mediaType: content.mediaType,
    // A request body of server-sent events (rare) is text the caller wrote.
    kind: content.kind === 'event-stream' ? 'text' : content.kind,
    ...(content.encoding.length > 0 ? { encoding: Object.fromEntries(content.encoding.map((e) => [e.property, e.encoding])) } : {}),
  };
}

/**
 * How the body is sent: '' for JSON as `application/json`; the one media type otherwise; with
 * several, `pickContent` choosing by the call's `contentType` (the first by default).
 */
export function contentExpression(op: Operation, indent: string): string {
  const contents = op.requestBody?.contents ?? [];
  if (contents.length === 1) {
    const only = contents[0]!;
    if (only.kind === 'json' && only.mediaType === 'application/json') return '';
    return printLiteral(contentOf(only), indent, indent.length + 'content: '.length);
  }
  if (contents.length === 0) return '';
  return `pickContent(params.contentType, ${printLiteral(contents.map(contentOf), indent, indent.length + 'content: pickContent(params.contentType, '.length)})`;
}

/** The `Accept` header, where it is not `application/json`. */
export function acceptLiteral(op: Operation): string {
  const accept = op.response.accept;
  if (accept.length === 0 || (accept.length === 1 && accept[0] === 'application/json')) return '';
  return stringLiteral(accept.join(', '));
}

/** How the success body is read, where it is not JSON. */
export function readLiteral(op: Operation): string {
  const kind = op.response.read?.kind;
  return kind === undefined || kind === 'json' ? '' : stringLiteral(kind);
}

/** What the method's promise resolves to: the response type, or a `Stream` of it. */
export function resolvedType(op: Operation, responseType: string): string {
  switch (op.response.read?.kind) {
    case 'event-stream':
      return `Stream<StreamEvent<${responseType}>>`;
    case 'ndjson':
      return `Stream<${responseType}>`;
    default:
      return responseType;
  }
}

/** The type of one item of a page: `LogListResponse[number]`, `NonNullable<NonNullable<ChargeListResponse>['data']>[number]`. */
export function pageItemType(op: Operation, responseType: string): string {
  const items = op.pagination?.items ?? [];
  if (items.length === 0) return `${responseType}[number]`;
  // The body and every object on the way to the items may be nullable in the spec (stream-io's
  // GetReactionsResponse is), and the items property optional: a page without it is empty.
  const list = items.reduce((type, k) => `NonNullable<${type}>[${stringLiteral(k)}]`, responseType);
  return `NonNullable<${list}>[number]`;
}

/** How the list pages, as the runtime's `PaginationSpec`, or '' for an operation that does not. */
export function paginationLiteral(op: Operation, indent: string): string {
  return op.pagination ? printLiteral(op.pagination, indent, indent.length + 'pagination: '.length) : '';
}
