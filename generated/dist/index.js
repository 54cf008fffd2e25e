export { Cloudflare } from './client.js';
export { APIClient } from './core/api-client.js';
export { APIPromise } from './core/api-promise.js';
export * from './core/errors.js';
export { Page, PagePromise } from './core/pagination.js';
