import type { ValidationIssue, ValidationResult } from '../../../core/validation.js';
import type { DeploymentCreateResponse, DeploymentListResponse } from './deployments.types.js';

/** Whether `value` is a valid {@link DeploymentCreateResponse}. Fast: returns at the first problem. */
export declare function isDeploymentCreateResponse(value: unknown): value is DeploymentCreateResponse;
/** @internal Collects every problem with `value`; called only when {@link isDeploymentCreateResponse} is false. */
export declare function explainDeploymentCreateResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link DeploymentCreateResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateDeploymentCreateResponse(value: unknown): ValidationResult<DeploymentCreateResponse>;
/** Whether `value` is a valid {@link DeploymentListResponse}. Fast: returns at the first problem. */
export declare function isDeploymentListResponse(value: unknown): value is DeploymentListResponse;
/** @internal Collects every problem with `value`; called only when {@link isDeploymentListResponse} is false. */
export declare function explainDeploymentListResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link DeploymentListResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateDeploymentListResponse(value: unknown): ValidationResult<DeploymentListResponse>;
