export interface NewPet {
  /**
   * The pet's name.
   * @minLength 1
   * @maxLength 100
   * @example "Rex"
   */
  name: string;
  tag?: string | null;
  status?: PetStatus;
  /** The owner, or null for a stray. */
  owner?: Owner | null;
  /** @deprecated */
  nickname?: string;
}

export interface Owner {
  name: string;
  /** @format email */
  email?: string;
}

/** A pet in the store. */
export type Pet = NewPet & PetRecord;

export interface PetRecord {
  /** @readonly Set by the server; ignored in requests. */
  id: number;
  photo_urls: string[];
  weight_kg?: number;
}

/** Where the pet is in the sales process. */
export type PetStatus = "available" | "pending" | "sold";
