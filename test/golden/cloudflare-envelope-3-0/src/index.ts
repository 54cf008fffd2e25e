export { Client, createClient, type ClientOptions, type Widgets } from './client.js';
export { APIClient, type RequestOptions, type ValidationMode } from './core/api-client.js';
export { APIPromise, type WithResponse } from './core/api-promise.js';
export * from './core/errors.js';
export type { Logger, LogLevel } from './core/logger.js';
export { Page, PagePromise, type PageInfo } from './core/pagination.js';
export type { ValidationIssue, ValidationResult } from './core/validation.js';
export type * from './schemas/widgets.types.js';
export type * from './resources/widgets.types.js';
