import { collectIssues, fail, type ValidationIssue, type ValidationResult } from '../core/validation.js';
import { explainPet, isPet, explainPetStatus, isPetStatus } from '../schemas/validators.js';
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
  return isPetCreatePetsResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainPetCreatePetsResponse) };
}

/** Whether `value` is a valid {@link PetGetResponse}. Fast: returns at the first problem. */
export function isPetGetResponse(value: unknown): value is PetGetResponse {
  if (!isPet(value)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isPetGetResponse} is false. */
export function explainPetGetResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  explainPet(value, path, issues);
}

/** Checks `value` against {@link PetGetResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validatePetGetResponse(value: unknown): ValidationResult<PetGetResponse> {
  return isPetGetResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainPetGetResponse) };
}

/** Whether `value` is a valid {@link Record<string, unknown>}. Fast: returns at the first problem. */
export function isPetGetArgs(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value as unknown as Record<string, unknown>;
  const v1 = v0.petId;
  if (v1 === undefined) return false;
  if (!Number.isInteger(v1)) return false;
  if ((v1 as number) < 1) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isPetGetArgs} is false. */
export function explainPetGetArgs(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v2 = value as unknown as Record<string, unknown>;
    const v3 = v2.petId;
    if (v3 === undefined) {
      fail(issues, path + '/petId', 'integer', v3, 'is required');
    } else {
      if (!Number.isInteger(v3)) {
        fail(issues, path + '/petId', 'integer', v3);
      } else {
        if ((v3 as number) < 1) {
          fail(issues, path + '/petId', 'integer that is >= 1', v3, 'must be >= 1');
        }
      }
    }
  }
}

/** Checks `value` against {@link Record<string, unknown>}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validatePetGetArgs(value: unknown): ValidationResult<Record<string, unknown>> {
  return isPetGetArgs(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainPetGetArgs) };
}

/** Whether `value` is a valid {@link PetListPetsResponse}. Fast: returns at the first problem. */
export function isPetListPetsResponse(value: unknown): value is PetListPetsResponse {
  if (!Array.isArray(value)) return false;
  const v4: unknown[] = value;
  for (let v5 = 0; v5 < v4.length; v5++) {
    const v6 = v4[v5];
    if (!isPet(v6)) return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isPetListPetsResponse} is false. */
export function explainPetListPetsResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!Array.isArray(value)) {
    fail(issues, path, 'array', value);
  } else {
    const v7: unknown[] = value as unknown[];
    for (let v8 = 0; v8 < v7.length; v8++) {
      const v9 = v7[v8];
      explainPet(v9, path + '/' + v8, issues);
    }
  }
}

/** Checks `value` against {@link PetListPetsResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validatePetListPetsResponse(value: unknown): ValidationResult<PetListPetsResponse> {
  return isPetListPetsResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainPetListPetsResponse) };
}

/** Whether `value` is a valid {@link Record<string, unknown>}. Fast: returns at the first problem. */
export function isPetListPetsArgs(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v10 = value as unknown as Record<string, unknown>;
  const v11 = v10.limit;
  if (v11 !== undefined) {
    if (!Number.isInteger(v11)) return false;
    if ((v11 as number) < 1) return false;
    if ((v11 as number) > 100) return false;
  }
  const v12 = v10.status;
  if (v12 !== undefined) {
    if (!isPetStatus(v12)) return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isPetListPetsArgs} is false. */
export function explainPetListPetsArgs(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v13 = value as unknown as Record<string, unknown>;
    const v14 = v13.limit;
    if (v14 !== undefined) {
      if (!Number.isInteger(v14)) {
        fail(issues, path + '/limit', 'integer', v14);
      } else {
        if ((v14 as number) < 1) {
          fail(issues, path + '/limit', 'integer that is >= 1', v14, 'must be >= 1');
        }
        if ((v14 as number) > 100) {
          fail(issues, path + '/limit', 'integer that is <= 100', v14, 'must be <= 100');
        }
      }
    }
    const v15 = v13.status;
    if (v15 !== undefined) {
      explainPetStatus(v15, path + '/status', issues);
    }
  }
}

/** Checks `value` against {@link Record<string, unknown>}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validatePetListPetsArgs(value: unknown): ValidationResult<Record<string, unknown>> {
  return isPetListPetsArgs(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainPetListPetsArgs) };
}
