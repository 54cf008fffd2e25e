import { codePoints, collectIssues, fail, type ValidationIssue, type ValidationResult } from '../core/validation.js';
import { isEmail, isUri } from '../core/formats.js';
import type { Error2, NewPet, Owner, Pet, PetRecord, PetStatus } from './types.js';

/** Whether `value` is a valid {@link Error2}. Fast: returns at the first problem. */
export function isError2(value: unknown): value is Error2 {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value as unknown as Record<string, unknown>;
  const v1 = v0.code;
  if (v1 === undefined) return false;
  if (!Number.isInteger(v1)) return false;
  const v2 = v0.message;
  if (v2 === undefined) return false;
  if (typeof v2 !== 'string') return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isError2} is false. */
export function explainError2(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v3 = value as unknown as Record<string, unknown>;
    const v4 = v3.code;
    if (v4 === undefined) {
      fail(issues, path + '/code', 'integer', v4, 'is required');
    } else {
      if (!Number.isInteger(v4)) {
        fail(issues, path + '/code', 'integer', v4);
      } else {
      }
    }
    const v5 = v3.message;
    if (v5 === undefined) {
      fail(issues, path + '/message', 'string', v5, 'is required');
    } else {
      if (typeof v5 !== 'string') {
        fail(issues, path + '/message', 'string', v5);
      } else {
      }
    }
  }
}

/** Checks `value` against {@link Error2}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateError2(value: unknown): ValidationResult<Error2> {
  return isError2(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainError2) };
}

/** Whether `value` is a valid {@link NewPet}. Fast: returns at the first problem. */
export function isNewPet(value: unknown): value is NewPet {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v6 = value as unknown as Record<string, unknown>;
  const v7 = v6.name;
  if (v7 === undefined) return false;
  if (typeof v7 !== 'string') return false;
  if (v7.length < 1 || (v7.length < 2 && codePoints(v7) < 1)) return false;
  if (v7.length > 100 && codePoints(v7) > 100) return false;
  const v8 = v6.tag;
  if (v8 !== undefined) {
    if (v8 !== null) {
      if (typeof v8 !== 'string') return false;
    }
  }
  const v9 = v6.status;
  if (v9 !== undefined) {
    if (!isPetStatus(v9)) return false;
  }
  const v10 = v6.owner;
  if (v10 !== undefined) {
    if (v10 !== null) {
      if (!isOwner(v10)) return false;
    }
  }
  const v11 = v6.nickname;
  if (v11 !== undefined) {
    if (typeof v11 !== 'string') return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isNewPet} is false. */
export function explainNewPet(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v12 = value as unknown as Record<string, unknown>;
    const v13 = v12.name;
    if (v13 === undefined) {
      fail(issues, path + '/name', 'string', v13, 'is required');
    } else {
      if (typeof v13 !== 'string') {
        fail(issues, path + '/name', 'string', v13);
      } else {
        if (v13.length < 1 || (v13.length < 2 && codePoints(v13) < 1)) {
          fail(issues, path + '/name', 'string of at least 1 characters', v13);
        }
        if (v13.length > 100 && codePoints(v13) > 100) {
          fail(issues, path + '/name', 'string of at most 100 characters', v13);
        }
      }
    }
    const v14 = v12.tag;
    if (v14 !== undefined) {
      if (v14 !== null) {
        if (typeof v14 !== 'string') {
          fail(issues, path + '/tag', 'string', v14);
        } else {
        }
      }
    }
    const v15 = v12.status;
    if (v15 !== undefined) {
      explainPetStatus(v15, path + '/status', issues);
    }
    const v16 = v12.owner;
    if (v16 !== undefined) {
      if (v16 !== null) {
        explainOwner(v16, path + '/owner', issues);
      }
    }
    const v17 = v12.nickname;
    if (v17 !== undefined) {
      if (typeof v17 !== 'string') {
        fail(issues, path + '/nickname', 'string', v17);
      } else {
      }
    }
  }
}

/** Checks `value` against {@link NewPet}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateNewPet(value: unknown): ValidationResult<NewPet> {
  return isNewPet(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainNewPet) };
}

/** Whether `value` is a valid {@link Owner}. Fast: returns at the first problem. */
export function isOwner(value: unknown): value is Owner {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v18 = value as unknown as Record<string, unknown>;
  const v19 = v18.name;
  if (v19 === undefined) return false;
  if (typeof v19 !== 'string') return false;
  const v20 = v18.email;
  if (v20 !== undefined) {
    if (typeof v20 !== 'string') return false;
    if (!isEmail(v20)) return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isOwner} is false. */
export function explainOwner(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v21 = value as unknown as Record<string, unknown>;
    const v22 = v21.name;
    if (v22 === undefined) {
      fail(issues, path + '/name', 'string', v22, 'is required');
    } else {
      if (typeof v22 !== 'string') {
        fail(issues, path + '/name', 'string', v22);
      } else {
      }
    }
    const v23 = v21.email;
    if (v23 !== undefined) {
      if (typeof v23 !== 'string') {
        fail(issues, path + '/email', 'string', v23);
      } else {
        if (!isEmail(v23)) {
          fail(issues, path + '/email', 'email string', v23);
        }
      }
    }
  }
}

/** Checks `value` against {@link Owner}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateOwner(value: unknown): ValidationResult<Owner> {
  return isOwner(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainOwner) };
}

/** Whether `value` is a valid {@link Pet}. Fast: returns at the first problem. */
export function isPet(value: unknown): value is Pet {
  if (!isNewPet(value)) return false;
  if (!isPetRecord(value)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isPet} is false. */
export function explainPet(value: unknown, path: string, issues: ValidationIssue[]): void {
  explainNewPet(value, path, issues);
  explainPetRecord(value, path, issues);
}

/** Checks `value` against {@link Pet}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validatePet(value: unknown): ValidationResult<Pet> {
  return isPet(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainPet) };
}

/** Whether `value` is a valid {@link PetRecord}. Fast: returns at the first problem. */
export function isPetRecord(value: unknown): value is PetRecord {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v24 = value as unknown as Record<string, unknown>;
  const v25 = v24.id;
  if (v25 === undefined) return false;
  if (!Number.isInteger(v25)) return false;
  const v26 = v24.photo_urls;
  if (v26 === undefined) return false;
  if (!Array.isArray(v26)) return false;
  const v27: unknown[] = v26;
  if (v27.length > 10) return false;
  for (let v28 = 0; v28 < v27.length; v28++) {
    const v29 = v27[v28];
    if (typeof v29 !== 'string') return false;
    if (!isUri(v29)) return false;
  }
  const v30 = v24.weight_kg;
  if (v30 !== undefined) {
    if (typeof v30 !== 'number' || !Number.isFinite(v30)) return false;
    if ((v30 as number) <= 0) return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isPetRecord} is false. */
export function explainPetRecord(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v31 = value as unknown as Record<string, unknown>;
    const v32 = v31.id;
    if (v32 === undefined) {
      fail(issues, path + '/id', 'integer', v32, 'is required');
    } else {
      if (!Number.isInteger(v32)) {
        fail(issues, path + '/id', 'integer', v32);
      } else {
      }
    }
    const v33 = v31.photo_urls;
    if (v33 === undefined) {
      fail(issues, path + '/photo_urls', 'array', v33, 'is required');
    } else {
      if (!Array.isArray(v33)) {
        fail(issues, path + '/photo_urls', 'array', v33);
      } else {
        const v34: unknown[] = v33 as unknown[];
        if (v34.length > 10) {
          fail(issues, path + '/photo_urls', 'array of at most 10 items', v34);
        }
        for (let v35 = 0; v35 < v34.length; v35++) {
          const v36 = v34[v35];
          if (typeof v36 !== 'string') {
            fail(issues, path + '/photo_urls' + '/' + v35, 'string', v36);
          } else {
            if (!isUri(v36)) {
              fail(issues, path + '/photo_urls' + '/' + v35, 'uri string', v36);
            }
          }
        }
      }
    }
    const v37 = v31.weight_kg;
    if (v37 !== undefined) {
      if (typeof v37 !== 'number' || !Number.isFinite(v37)) {
        fail(issues, path + '/weight_kg', 'number', v37);
      } else {
        if ((v37 as number) <= 0) {
          fail(issues, path + '/weight_kg', 'number that is > 0', v37, 'must be > 0');
        }
      }
    }
  }
}

/** Checks `value` against {@link PetRecord}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validatePetRecord(value: unknown): ValidationResult<PetRecord> {
  return isPetRecord(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainPetRecord) };
}

/** Whether `value` is a valid {@link PetStatus}. Fast: returns at the first problem. */
export function isPetStatus(value: unknown): value is PetStatus {
  if (!(value === 'available' || value === 'pending' || value === 'sold')) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isPetStatus} is false. */
export function explainPetStatus(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!(value === 'available' || value === 'pending' || value === 'sold')) {
    fail(issues, path, 'one of "available", "pending", "sold"', value);
  }
}

/** Checks `value` against {@link PetStatus}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validatePetStatus(value: unknown): ValidationResult<PetStatus> {
  return isPetStatus(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainPetStatus) };
}
