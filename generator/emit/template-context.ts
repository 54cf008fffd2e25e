/**
 * What each template receives. These interfaces are the contract with user templates:
 * the README's template reference is generated from this file (`npm run docs:templates`
 * is not needed: `test/generator/emit/template-context.test.ts` checks the README).
 *
 * Every string is already safe for the position the built-in templates use it in:
 * names are identifiers, `*Literal` / `*Expression` / `access` / `key` fields are
 * JavaScript expressions built by the generator, `doc` is a finished JSDoc block and
 * `docLines` are comment-safe lines. Raw spec text never reaches a template.
 */

export interface ClientContext {
  className: string;
  doc: string;
  /** Client options for credentials and path-parameter defaults. */
  options: { name: string; doc: string }[];
  /** The `ClientDefinition` object literal (base URL, security schemes, env names). */
  definitionLiteral: string;
  resources: { name: string; className: string; importPath: string }[];
}

export interface MethodContext {
  name: string;
  /** The spec's operationId, comment-safe (as placed in the built-in method-doc partial). */
  operationId: string;
  /** JSDoc lines: summary, description, HTTP method and path, `@deprecated`. */
  docLines: string[];
  /** Positional path arguments, in path order, with their TypeScript type (`string`, `number`, a literal union). */
  args: { name: string; type: string }[];
  paramsType: string;
  /** True when every params field is optional (the argument defaults to `{}`). */
  paramsOptional: boolean;
  responseType: string;
  /** Element type of a paginated list. */
  itemType: string;
  paginated: boolean;
  /** Path parameters filled from client options when not passed. */
  pathDefaults: { varName: string; wireLiteral: string; optionLiteral: string; access: string }[];
  /** Base name of the argument validator (`is<X>` / `explain<X>`), or '' when nothing needs checking. */
  argsCheck: string;
  /** Positional arguments added to the checked object: `{ key: value }`. */
  argsEntries: { key: string; value: string }[];
  httpMethodLiteral: string;
  /** `expandPath('/spec/{template}', { name: value })`, or a plain string literal for a path without parameters. */
  pathExpression: string;
  queryEntries: { key: string; access: string }[];
  /** `{ name: { style, explode } }` for query parameters with a non-default OpenAPI style, or ''. */
  queryStylesLiteral: string;
  headerEntries: { key: string; access: string }[];
  hasBody: boolean;
  securityLiteral: string;
  /** The envelope field literal, or ''. */
  envelopeLiteral: string;
  /** Base name of the response validator, or '' when the response has no schema. */
  validator: string;
  /** True when the method checks arguments or the response: its request loads the resource's validators first. */
  usesValidators: boolean;
  retrySafe: boolean;
}

export interface ResourceContext {
  className: string;
  doc: string;
  coreImport: string;
  typesImport: string;
  validatorsImport: string;
  typeImports: string[];
  children: { name: string; className: string; importPath: string }[];
  methods: MethodContext[];
  usesPagination: boolean;
  usesPlainRequests: boolean;
  usesPath: boolean;
  /** True when some method checks arguments or responses: the module loads its validators lazily. */
  usesValidators: boolean;
}

export interface IndexContext {
  clientClassName: string;
  modules: { typesPath: string; validatorsPath: string; validatorNames: string[] }[];
}
