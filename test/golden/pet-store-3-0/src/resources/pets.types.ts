import type { NewPet, Pet, PetStatus } from '../schemas/types.js';

/** Parameters of `pets.createPets` (`POST /pets`). */
export interface PetCreatePetsParams {
  /** The JSON request body. */
  body: NewPet;
}

export type PetCreatePetsResponse = Pet;
/** Parameters of `pets.get` (`GET /pets/{petId}`). */
export type PetGetParams = Record<string, unknown>;
export type PetGetResponse = Pet;

/** Parameters of `pets.listPets` (`GET /pets`). */
export interface PetListPetsParams {
  /**
   * At most this many pets.
   * @minimum 1
   * @maximum 100
   * @default 20
   */
  limit?: number;
  /** Only pets with this status. */
  status?: PetStatus;
}

export type PetListPetsResponse = Pet[];
