import { collectIssues, fail, missing, type ValidationIssue, type ValidationResult } from '../core/validation.js';
import { explainPet, isPet, explainPetStatus, isPetStatus } from '../schemas/pets.validators.js';
import type { PetCreatePetsResponse, PetGetResponse, PetListPetsResponse } from './pets.types.js';

/** Whether `value` is a valid {@link PetCreatePetsResponse}. Fast: returns at the first problem. */
export function isPetCreatePetsResponse(value: unknown): value is PetCreatePetsResponse {
  if (!isPet(value)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isPetCreatePetsResponse} is false. */
export function explainPetCreatePetsResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  explainPet(value, path, issues);
}

/** Checks `value` against {@link PetCreatePetsResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validatePetCreatePetsResponse(value: unknown): ValidationResult<PetCreatePetsResponse> {
  return isPetCreatePetsResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainPetCreatePetsResponse) };
}

/** Whether `value` is a valid {@link PetGetResponse}: the same checks as {@link isPetCreatePetsResponse}. */
export function isPetGetResponse(value: unknown): value is PetGetResponse {
  return isPetCreatePetsResponse(value);
}

/** @internal The same checks as {@link explainPetCreatePetsResponse}. */
export function explainPetGetResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  explainPetCreatePetsResponse(value, path, issues);
}

/** Checks `value` against {@link PetGetResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validatePetGetResponse(value: unknown): ValidationResult<PetGetResponse> {
  return isPetGetResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainPetGetResponse) };
}

/** Whether `value` is a valid `Record<string, unknown>`. Fast: returns at the first problem. */
export function isPetGetArgs(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value as Record<string, unknown>;
  const v1 = v0.petId;
  if (v1 === undefined) return false;
  if (!Number.isInteger(v1)) return false;
  if ((v1 as number) < 1) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isPetGetArgs} is false. */
export function explainPetGetArgs(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, "object", value);
  } else {
    const v0 = value as Record<string, unknown>;
    const v1 = v0.petId;
    if (v1 === undefined) {
      missing(issues, path + "/petId", "integer");
    } else {
      if (!Number.isInteger(v1)) {
        fail(issues, path + "/petId", "integer", v1);
      } else {
        if ((v1 as number) < 1) {
          fail(issues, path + "/petId", "integer that is >= 1", v1, "must be >= 1");
        }
      }
    }
  }
}

/** Whether `value` is a valid {@link PetListPetsResponse}. Fast: returns at the first problem. */
export function isPetListPetsResponse(value: unknown): value is PetListPetsResponse {
  if (!Array.isArray(value)) return false;
  const v0: unknown[] = value;
  for (let v1 = 0; v1 < v0.length; v1++) {
    const v2 = v0[v1];
    if (!isPet(v2)) return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isPetListPetsResponse} is false. */
export function explainPetListPetsResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!Array.isArray(value)) {
    fail(issues, path, "array", value);
  } else {
    const v0: unknown[] = value as unknown[];
    for (let v1 = 0; v1 < v0.length; v1++) {
      const v2 = v0[v1];
      explainPet(v2, path + '/' + v1, issues);
    }
  }
}

/** Checks `value` against {@link PetListPetsResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validatePetListPetsResponse(value: unknown): ValidationResult<PetListPetsResponse> {
  return isPetListPetsResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainPetListPetsResponse) };
}

/** Whether `value` is a valid `Record<string, unknown>`. Fast: returns at the first problem. */
export function isPetListPetsArgs(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value as Record<string, unknown>;
  const v1 = v0.limit;
  if (v1 !== undefined) {
    if (!Number.isInteger(v1)) return false;
    if ((v1 as number) < 1) return false;
    if ((v1 as number) > 100) return false;
  }
  const v2 = v0.owner;
  if (v2 !== undefined) {
    if (typeof v2 !== 'object' || v2 === null || Array.isArray(v2)) return false;
    const v3 = v2 as Record<string, unknown>;
    const v4 = v3.name;
    if (v4 !== undefined) {
      if (typeof v4 !== 'string') return false;
    }
    const v5 = v3.city;
    if (v5 !== undefined) {
      if (typeof v5 !== 'string') return false;
    }
  }
  const v6 = v0.status;
  if (v6 !== undefined) {
    if (!isPetStatus(v6)) return false;
  }
  const v7 = v0.tags;
  if (v7 !== undefined) {
    if (!Array.isArray(v7)) return false;
    const v8: unknown[] = v7;
    for (let v9 = 0; v9 < v8.length; v9++) {
      const v10 = v8[v9];
      if (typeof v10 !== 'string') return false;
    }
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isPetListPetsArgs} is false. */
export function explainPetListPetsArgs(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, "object", value);
  } else {
    const v0 = value as Record<string, unknown>;
    const v1 = v0.limit;
    if (v1 !== undefined) {
      if (!Number.isInteger(v1)) {
        fail(issues, path + "/limit", "integer", v1);
      } else {
        if ((v1 as number) < 1) {
          fail(issues, path + "/limit", "integer that is >= 1", v1, "must be >= 1");
        }
        if ((v1 as number) > 100) {
          fail(issues, path + "/limit", "integer that is <= 100", v1, "must be <= 100");
        }
      }
    }
    const v2 = v0.owner;
    if (v2 !== undefined) {
      if (typeof v2 !== 'object' || v2 === null || Array.isArray(v2)) {
        fail(issues, path + "/owner", "object", v2);
      } else {
        const v3 = v2 as Record<string, unknown>;
        const v4 = v3.name;
        if (v4 !== undefined) {
          if (typeof v4 !== 'string') {
            fail(issues, path + "/owner" + "/name", "string", v4);
          }
        }
        const v5 = v3.city;
        if (v5 !== undefined) {
          if (typeof v5 !== 'string') {
            fail(issues, path + "/owner" + "/city", "string", v5);
          }
        }
      }
    }
    const v6 = v0.status;
    if (v6 !== undefined) {
      explainPetStatus(v6, path + "/status", issues);
    }
    const v7 = v0.tags;
    if (v7 !== undefined) {
      if (!Array.isArray(v7)) {
        fail(issues, path + "/tags", "array", v7);
      } else {
        const v8: unknown[] = v7 as unknown[];
        for (let v9 = 0; v9 < v8.length; v9++) {
          const v10 = v8[v9];
          if (typeof v10 !== 'string') {
            fail(issues, path + "/tags" + '/' + v9, "string", v10);
          }
        }
      }
    }
  }
}
