import type { APIClient } from '../core/api-client.js';
import { Logs } from './ai-gateway/logs.js';
/** Operations under `aiGateway`. */
export declare class AiGateway {
    private readonly _client;
    private _logs;
    constructor(_client: APIClient);
    /** Logs operations, created on first use. */
    get logs(): Logs;
}
