import type { APIClient, RequestOptions } from '../core/api-client.js';
import { Logs } from './ai-gateway/logs.js';

/** Operations under `aiGateway`. */
export class AiGateway {
  private _logs: Logs | undefined;

  constructor(private readonly _client: APIClient) {}

  /** Logs operations, created on first use. */
  get logs(): Logs {
    return (this._logs ??= new Logs(this._client));
  }
}
