import { codePoints, collectIssues, fail, missing, type ValidationIssue, type ValidationResult } from '../core/validation.js';
import { isEmail as formatEmail, isUri as formatUri } from '../core/formats.js';
import type { NewPet, Owner, Pet, PetRecord, PetStatus } from './pets.types.js';

/** Whether `value` is a valid {@link NewPet}. Fast: returns at the first problem. */
export function isNewPet(value: unknown): value is NewPet {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value as Record<string, unknown>;
  const v1 = v0.name;
  if (v1 === undefined) return false;
  if (typeof v1 !== 'string') return false;
  if (v1.length < 1 || (v1.length < 2 && codePoints(v1) < 1)) return false;
  if (v1.length > 100 && codePoints(v1) > 100) return false;
  const v2 = v0.tag;
  if (v2 !== undefined) {
    if (v2 !== null) {
      if (typeof v2 !== 'string') return false;
    }
  }
  const v3 = v0.status;
  if (v3 !== undefined) {
    if (!isPetStatus(v3)) return false;
  }
  const v4 = v0.owner;
  if (v4 !== undefined) {
    if (v4 !== null) {
      if (!isOwner(v4)) return false;
    }
  }
  const v5 = v0.nickname;
  if (v5 !== undefined) {
    if (typeof v5 !== 'string') return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isNewPet} is false. */
export function explainNewPet(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, "object", value);
  } else {
    const v0 = value as Record<string, unknown>;
    const v1 = v0.name;
    if (v1 === undefined) {
      missing(issues, path + "/name", "string");
    } else {
      if (typeof v1 !== 'string') {
        fail(issues, path + "/name", "string", v1);
      } else {
        if (v1.length < 1 || (v1.length < 2 && codePoints(v1) < 1)) {
          fail(issues, path + "/name", "string of at least 1 characters", v1);
        }
        if (v1.length > 100 && codePoints(v1) > 100) {
          fail(issues, path + "/name", "string of at most 100 characters", v1);
        }
      }
    }
    const v2 = v0.tag;
    if (v2 !== undefined) {
      if (v2 !== null) {
        if (typeof v2 !== 'string') {
          fail(issues, path + "/tag", "string", v2);
        }
      }
    }
    const v3 = v0.status;
    if (v3 !== undefined) {
      explainPetStatus(v3, path + "/status", issues);
    }
    const v4 = v0.owner;
    if (v4 !== undefined) {
      if (v4 !== null) {
        explainOwner(v4, path + "/owner", issues);
      }
    }
    const v5 = v0.nickname;
    if (v5 !== undefined) {
      if (typeof v5 !== 'string') {
        fail(issues, path + "/nickname", "string", v5);
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
  const v0 = value as Record<string, unknown>;
  const v1 = v0.name;
  if (v1 === undefined) return false;
  if (typeof v1 !== 'string') return false;
  const v2 = v0.email;
  if (v2 !== undefined) {
    if (typeof v2 !== 'string') return false;
    if (!formatEmail(v2)) return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isOwner} is false. */
export function explainOwner(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, "object", value);
  } else {
    const v0 = value as Record<string, unknown>;
    const v1 = v0.name;
    if (v1 === undefined) {
      missing(issues, path + "/name", "string");
    } else {
      if (typeof v1 !== 'string') {
        fail(issues, path + "/name", "string", v1);
      }
    }
    const v2 = v0.email;
    if (v2 !== undefined) {
      if (typeof v2 !== 'string') {
        fail(issues, path + "/email", "string", v2);
      } else {
        if (!formatEmail(v2)) {
          fail(issues, path + "/email", "email string", v2);
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
  const v0: unknown = value;
  if (!isPetRecord(v0)) return false;
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
  const v0 = value as Record<string, unknown>;
  const v1 = v0.id;
  if (v1 === undefined) return false;
  if (!Number.isInteger(v1)) return false;
  const v2 = v0.photo_urls;
  if (v2 === undefined) return false;
  if (!Array.isArray(v2)) return false;
  const v3: unknown[] = v2;
  if (v3.length > 10) return false;
  for (let v4 = 0; v4 < v3.length; v4++) {
    const v5 = v3[v4];
    if (typeof v5 !== 'string') return false;
    if (!formatUri(v5)) return false;
  }
  const v6 = v0.weight_kg;
  if (v6 !== undefined) {
    if (typeof v6 !== 'number' || !Number.isFinite(v6)) return false;
    if ((v6 as number) <= 0) return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isPetRecord} is false. */
export function explainPetRecord(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, "object", value);
  } else {
    const v0 = value as Record<string, unknown>;
    const v1 = v0.id;
    if (v1 === undefined) {
      missing(issues, path + "/id", "integer");
    } else {
      if (!Number.isInteger(v1)) {
        fail(issues, path + "/id", "integer", v1);
      }
    }
    const v2 = v0.photo_urls;
    if (v2 === undefined) {
      missing(issues, path + "/photo_urls", "array");
    } else {
      if (!Array.isArray(v2)) {
        fail(issues, path + "/photo_urls", "array", v2);
      } else {
        const v3: unknown[] = v2 as unknown[];
        if (v3.length > 10) {
          fail(issues, path + "/photo_urls", "array of at most 10 items", v3);
        }
        for (let v4 = 0; v4 < v3.length; v4++) {
          const v5 = v3[v4];
          if (typeof v5 !== 'string') {
            fail(issues, path + "/photo_urls" + '/' + v4, "string", v5);
          } else {
            if (!formatUri(v5)) {
              fail(issues, path + "/photo_urls" + '/' + v4, "uri string", v5);
            }
          }
        }
      }
    }
    const v6 = v0.weight_kg;
    if (v6 !== undefined) {
      if (typeof v6 !== 'number' || !Number.isFinite(v6)) {
        fail(issues, path + "/weight_kg", "number", v6);
      } else {
        if ((v6 as number) <= 0) {
          fail(issues, path + "/weight_kg", "number that is > 0", v6, "must be > 0");
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
  if (!(value === "available" || value === "pending" || value === "sold")) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isPetStatus} is false. */
export function explainPetStatus(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!(value === "available" || value === "pending" || value === "sold")) {
    fail(issues, path, "one of \"available\", \"pending\", \"sold\"", value);
  }
}

/** Checks `value` against {@link PetStatus}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validatePetStatus(value: unknown): ValidationResult<PetStatus> {
  return isPetStatus(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainPetStatus) };
}
