import {
  Cloudflare,
  createClient
} from "./client.js";
import { APIClient } from "./core/client.js";
import { APIPromise } from "./core/api-promise.js";
export * from "./core/errors.js";
import { SDKError } from "./core/errors.js";
import { Page, PagePromise } from "./core/pagination.js";
import { toFile } from "./core/uploads.js";
export {
  APIClient,
  APIPromise,
  Cloudflare,
  SDKError as CloudflareError,
  Page,
  PagePromise,
  createClient,
  toFile
};
