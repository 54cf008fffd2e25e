import type { APIClient, RequestOptions } from '../core/api-client.js';
import type { APIPromise } from '../core/api-promise.js';
import { expandPath } from '../core/path.js';
import type { PetCreatePetsParams, PetCreatePetsResponse, PetGetParams, PetGetResponse, PetListPetsParams, PetListPetsResponse } from './pets.types.js';
import type * as Validators from './pets.validators.js';

// The validators load with the first call that needs them, not with the client: a program
// that calls one resource parses the checks of that resource only.
let validators: typeof Validators | undefined;
let loadingValidators: Promise<typeof Validators> | undefined;

/** Runs `build` with the validators: at once when they are loaded, else once they are. */
function withValidators<T>(build: (v: typeof Validators) => T): T | Promise<T> {
  if (validators !== undefined) return build(validators);
  loadingValidators ??= import('./pets.validators.js').then((loaded) => (validators = loaded));
  return loadingValidators.then(build);
}

/** Operations under `pets`. */
export class Pets {
  constructor(private readonly _client: APIClient) {}

  /**
   * Add a pet
   *
   * `POST /pets` (operationId `createPet`)
   */
  createPets(params: PetCreatePetsParams, options?: RequestOptions): APIPromise<PetCreatePetsResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<PetCreatePetsResponse>(() => withValidators((v) => {
      return {
        method: "post",
        path: "/pets",
        body: params.body,
        security: [["bearer"]],
        check: v.isPetCreatePetsResponse,
        explain: v.explainPetCreatePetsResponse,
        retrySafe: false,
      };
    }), options);
  }

  /**
   * Get a pet
   *
   * `GET /pets/{petId}` (operationId `getPet`)
   */
  get(petId: number, params: PetGetParams = {}, options?: RequestOptions): APIPromise<PetGetResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<PetGetResponse>(() => withValidators((v) => {
      this._client.checkArgs(params, { petId: petId }, v.isPetGetArgs, v.explainPetGetArgs);
      return {
        method: "get",
        path: expandPath("/pets/{petId}", { petId: petId }),
        security: [["bearer"]],
        check: v.isPetGetResponse,
        explain: v.explainPetGetResponse,
        retrySafe: true,
      };
    }), options);
  }

  /**
   * List pets
   *
   * `GET /pets` (operationId `listPets`)
   */
  listPets(params: PetListPetsParams = {}, options?: RequestOptions): APIPromise<PetListPetsResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<PetListPetsResponse>(() => withValidators((v) => {
      this._client.checkArgs(params, {}, v.isPetListPetsArgs, v.explainPetListPetsArgs);
      return {
        method: "get",
        path: "/pets",
        query: { limit: params.limit, owner: params.owner, status: params.status, tags: params.tags },
        queryStyles: { owner: { style: "deepObject", explode: true }, tags: { style: "form", explode: false } },
        security: [["bearer"]],
        check: v.isPetListPetsResponse,
        explain: v.explainPetListPetsResponse,
        retrySafe: true,
      };
    }), options);
  }
}
