import { APIClient, type ClientDefinition, type CoreClientOptions } from './core/client.js';
import { APIPromise } from './core/api-promise.js';
import type { RequestOptions } from './core/request.js';
import { LazyModule } from './internal/lazy-module.js';
import type * as PetsAPI from './resources/pets.js';

export interface ClientOptions extends CoreClientOptions {
  /**
   * A bearer token.
   * Sent for the `bearer` security scheme.
   */
  bearer?: string | undefined;
}

const DEFINITION: ClientDefinition = {
  "baseURL": "https://pets.example.com/v1",
  "security": {
    "bearer": {
      "kind": "bearer",
      "option": "bearer"
    }
  },
  "pathParamOptions": {}
};

/**
 * Client for Pet Store (API version 1.0.0).
 *
 * Resources are created on first use, so constructing a client is cheap.
 */
export class Client extends APIClient {
  #pets: Pets | undefined;

  constructor(options: ClientOptions = {}) {
    super(DEFINITION, options);
  }

  /** Pets operations, created on first use. */
  get pets(): Pets {
    return (this.#pets ??= new Pets(this));
  }
}

/**
 * A client without resource properties, for the operations as functions (one module per
 * resource, `<package>/resources/<resource>`, each function taking the client first): a bundler
 * then keeps only the operations a program imports. Any `Client` works there too.
 */
export function createClient(options: ClientOptions = {}): APIClient {
  return new APIClient(DEFINITION, options);
}

// One per operations module; nothing is imported until a method needs it.
const petsModule = /* @__PURE__ */ new LazyModule(() => import('./resources/pets.js'));

/** Operations under `pets`. */
export class Pets {
  constructor(private readonly _client: APIClient) {}

  /**
   * Add a pet
   *
   * `POST /pets` (operationId `createPet`)
   */
  createPets(params: PetsAPI.PetCreatePetsParams, options?: RequestOptions): APIPromise<PetsAPI.PetCreatePetsResponse> {
    return petsModule.call(APIPromise, (operations) => operations.petCreatePets(this._client, params, options));
  }

  /**
   * Get a pet
   *
   * `GET /pets/{petId}` (operationId `getPet`)
   */
  get(petId: number, params?: PetsAPI.PetGetParams, options?: RequestOptions): APIPromise<PetsAPI.PetGetResponse> {
    return petsModule.call(APIPromise, (operations) => operations.petGet(this._client, petId, params, options));
  }

  /**
   * List pets
   *
   * `GET /pets` (operationId `listPets`)
   */
  listPets(params?: PetsAPI.PetListPetsParams, options?: RequestOptions): APIPromise<PetsAPI.PetListPetsResponse> {
    return petsModule.call(APIPromise, (operations) => operations.petListPets(this._client, params, options));
  }
}
