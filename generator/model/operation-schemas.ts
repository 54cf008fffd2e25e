import type { ObjectSchema, Parameter, RequestBody, Schema } from './ir.js';

/**
 * The params object of an operation as one object schema: client-fillable path parameters,
 * query and header parameters, and the request body under `body`. The body is not spread into
 * the params because a body field may share its name with a query parameter, and bodies need
 * not be objects. Client-fillable path parameters are optional (the client's option fills them).
 */
export function paramsSchemaOf(objectParams: Parameter[], requestBody: RequestBody | undefined): ObjectSchema {
  const params = objectParams.map((p) => ({
    name: p.name,
    required: p.required && p.clientOption === undefined,
    schema: {
      ...p.schema,
      description: [p.description ?? p.schema.description, p.clientOption ? `Defaults to the client's \`${p.clientOption}\` option.` : undefined].filter(Boolean).join('\n\n') || undefined,
      ...(p.deprecated ? { deprecated: true } : {}),
    } as Schema,
  }));
  const body = requestBody
    ? [{ name: 'body', required: requestBody.required, schema: { ...requestBody.schema, description: requestBody.description ?? requestBody.schema.description ?? 'The JSON request body.' } as Schema }]
    : [];
  return { kind: 'object', nullable: false, additionalProperties: true, properties: [...params, ...body] };
}

/**
 * The check a call's arguments pass before anything is sent (`LogGetArgs` for `LogGetParams`):
 * positional path arguments and the params object, as one object. Only when some parameter
 * declares a constraint; the body is not checked (its validators are the server's business, and
 * a body may be large).
 */
export function argsCheckOf(paramsTypeName: string, positional: Parameter[], objectParams: Parameter[]): { name: string; schema: ObjectSchema } | undefined {
  const all = [...positional, ...objectParams];
  if (!all.some((p) => hasConstraints(p.schema))) return undefined;
  return {
    name: paramsTypeName.replace(/Params$/, 'Args'),
    schema: { kind: 'object', nullable: false, additionalProperties: true, properties: all.map((p) => ({ name: p.name, schema: p.schema, required: p.required && p.clientOption === undefined })) },
  };
}

/** Whether a parameter's schema says more than its type: lengths, patterns, formats, ranges, enums. */
function hasConstraints(s: Schema): boolean {
  switch (s.kind) {
    case 'string':
      return s.minLength !== undefined || s.maxLength !== undefined || s.pattern !== undefined || s.format !== undefined;
    case 'number':
      // Always: an integer parameter rejects 1.5, and NaN is never a valid number.
      return true;
    case 'enum':
      return true;
    default:
      return false;
  }
}
