export type { ValidationIssue, ValidationResult } from './core/validation.js';
export { isNewPet, validateNewPet, isOwner, validateOwner, isPet, validatePet, isPetRecord, validatePetRecord, isPetStatus, validatePetStatus } from './schemas/pets.validators.js';
export { isError2, validateError2 } from './schemas/shared.validators.js';
export { isPetCreatePetsResponse, validatePetCreatePetsResponse, isPetGetResponse, validatePetGetResponse, isPetListPetsResponse, validatePetListPetsResponse } from './resources/pets.validators.js';
