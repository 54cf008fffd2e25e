import { Logs } from './ai-gateway/logs.js';
/** Operations under `aiGateway`. */
export class AiGateway {
    _client;
    _logs;
    constructor(_client) {
        this._client = _client;
    }
    /** Logs operations, created on first use. */
    get logs() {
        return (this._logs ??= new Logs(this._client));
    }
}
