/**
 * The spec `sdkgen init` writes when it is given none: a small API with a list, a create and a
 * get by id, so that the first generation shows a resource, a request body, a path parameter
 * and an error response. Replace it with your API's OpenAPI document.
 */
export const EXAMPLE_SPEC_FILE = 'openapi.yaml';

export const EXAMPLE_SPEC = `# An example OpenAPI document written by \`sdkgen init\`: replace it with your API's.
openapi: 3.0.3
info:
  title: Todo API
  version: 1.0.0
servers:
  - url: https://api.example.com/v1
paths:
  /todos:
    get:
      operationId: listTodos
      summary: List the todos
      responses:
        '200':
          description: Every todo
          content:
            application/json:
              schema:
                type: array
                items: { $ref: '#/components/schemas/Todo' }
    post:
      operationId: createTodo
      summary: Create a todo
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/NewTodo' }
      responses:
        '201':
          description: The todo created
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Todo' }
  /todos/{id}:
    get:
      operationId: getTodo
      summary: Get a todo
      parameters:
        - name: id
          in: path
          required: true
          schema: { type: string }
      responses:
        '200':
          description: The todo
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Todo' }
        '404':
          description: No todo has this id
components:
  schemas:
    Todo:
      type: object
      required: [id, title, done]
      properties:
        id: { type: string }
        title: { type: string }
        done: { type: boolean }
    NewTodo:
      type: object
      required: [title]
      properties:
        title: { type: string }
        done: { type: boolean }
`;
