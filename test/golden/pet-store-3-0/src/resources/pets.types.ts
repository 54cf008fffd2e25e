import type { NewPet, Pet, PetStatus } from '../schemas/pets.types.js';

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
  /** Filter by owner fields, sent as owner[name]=... */
  owner?: {
    name?: string;
    city?: string;
  };
  /** Only pets with this status. */
  status?: PetStatus;
  /** Pets with any of these tags, sent comma-separated. */
  tags?: string[];
}

export type PetListPetsResponse = Pet[];
