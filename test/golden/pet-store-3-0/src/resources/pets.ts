import type { APIClient, RequestOptions } from '../core/api-client.js';
import type { APIPromise } from '../core/api-promise.js';
import { expandPath } from '../core/path.js';
import type {
  PetCreatePetsParams,
  PetCreatePetsResponse,
  PetGetParams,
  PetGetResponse,
  PetListPetsParams,
  PetListPetsResponse,
} from './pets.types.js';
import {
  isPetCreatePetsResponse,
  explainPetCreatePetsResponse,
  isPetGetArgs,
  explainPetGetArgs,
  isPetGetResponse,
  explainPetGetResponse,
  isPetListPetsArgs,
  explainPetListPetsArgs,
  isPetListPetsResponse,
  explainPetListPetsResponse,
} from './pets.validators.js';

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
    return this._client.request<PetCreatePetsResponse>(() => {
      return {
        method: 'post',
        path: '/pets',
        body: params.body,
        security: [['bearer']],
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
   */
  get(petId: number, params: PetGetParams = {}, options?: RequestOptions): APIPromise<PetGetResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<PetGetResponse>(() => {
      this._client.checkArgs({ ...params, petId: petId }, isPetGetArgs, explainPetGetArgs);
      return {
        method: 'get',
        path: expandPath('/pets/{petId}', { petId: petId }),
        security: [['bearer']],
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
   */
  listPets(params: PetListPetsParams = {}, options?: RequestOptions): APIPromise<PetListPetsResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<PetListPetsResponse>(() => {
      this._client.checkArgs({ ...params }, isPetListPetsArgs, explainPetListPetsArgs);
      return {
        method: 'get',
        path: '/pets',
        query: { limit: params.limit, owner: params.owner, status: params.status, tags: params.tags },
        queryStyles: { owner: { style: 'deepObject', explode: true }, tags: { style: 'form', explode: false } },
        security: [['bearer']],
        check: isPetListPetsResponse,
        explain: explainPetListPetsResponse,
        retrySafe: true,
      };
    }, options);
  }
}
