export type { ValidationIssue, ValidationResult } from './core/validation.js';
export {
  isError2,
  validateError2,
  isNewPet,
  validateNewPet,
  isOwner,
  validateOwner,
  isPet,
  validatePet,
  isPetRecord,
  validatePetRecord,
  isPetStatus,
  validatePetStatus,
} from './schemas/validators.js';
export {
  isPetCreatePetsResponse,
  validatePetCreatePetsResponse,
  isPetGetResponse,
  validatePetGetResponse,
  isPetListPetsResponse,
  validatePetListPetsResponse,
} from './resources/pets.validators.js';
