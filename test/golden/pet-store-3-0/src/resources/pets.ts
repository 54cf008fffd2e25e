/**
 * The operations of `client.pets` (class `Pets`), one function each, with their types.
 * The client imports this module on the first call of one of them.
 */
import type { APIClient } from '../core/client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/request.js';
import { expandPath } from '../internal/path.js';
import type { PetCreatePetsParams, PetCreatePetsResponse, PetGetParams, PetGetResponse, PetListPetsParams, PetListPetsResponse } from './pets.types.js';
import { explainPetCreatePetsResponse, explainPetGetArgs, explainPetGetResponse, explainPetListPetsArgs, explainPetListPetsResponse, isPetCreatePetsResponse, isPetGetArgs, isPetGetResponse, isPetListPetsArgs, isPetListPetsResponse } from './pets.validators.js';

export type * from './pets.types.js';

/**
 * Add a pet
 *
 * `POST /pets` (operationId `createPet`)
 *
 * The same as `client.pets.createPets()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function petCreatePets(client: APIClient, params: PetCreatePetsParams, options?: RequestOptions): APIPromise<PetCreatePetsResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<PetCreatePetsResponse>(() => {
    return {
      method: "post",
      path: "/pets",
      body: params.body,
      security: [["bearer"]],
      check: isPetCreatePetsResponse,
      explain: explainPetCreatePetsResponse,
      retrySafe: false,
    };
  }, options);
}

/**
 * Get a pet
 *
 * `GET /pets/{petId}` (operationId `getPet`)
 *
 * The same as `client.pets.get()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function petGet(client: APIClient, petId: number, params: PetGetParams = {}, options?: RequestOptions): APIPromise<PetGetResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<PetGetResponse>(() => {
    client.checkArgs(params, { petId: petId }, isPetGetArgs, explainPetGetArgs);
    return {
      method: "get",
      path: expandPath("/pets/{petId}", { petId: petId }),
      security: [["bearer"]],
      check: isPetGetResponse,
      explain: explainPetGetResponse,
      retrySafe: true,
    };
  }, options);
}

/**
 * List pets
 *
 * `GET /pets` (operationId `listPets`)
 *
 * The same as `client.pets.listPets()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function petListPets(client: APIClient, params: PetListPetsParams = {}, options?: RequestOptions): APIPromise<PetListPetsResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<PetListPetsResponse>(() => {
    client.checkArgs(params, {}, isPetListPetsArgs, explainPetListPetsArgs);
    return {
      method: "get",
      path: "/pets",
      query: { limit: params.limit, owner: params.owner, status: params.status, tags: params.tags },
      queryStyles: { owner: { style: "deepObject", explode: true }, tags: { style: "form", explode: false } },
      security: [["bearer"]],
      check: isPetListPetsResponse,
      explain: explainPetListPetsResponse,
      retrySafe: true,
    };
  }, options);
}
