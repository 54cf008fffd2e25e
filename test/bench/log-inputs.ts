/**
 * Inputs for the validator benchmark, all `LogGetResponse` values built from the seed page's
 * example (test/support/log-detail-seed.ts), and the corpus the hand-written reference is
 * cross-checked on. Every input goes through JSON.stringify + JSON.parse, so its objects are
 * shaped the way a parsed response body is.
 */
import { seedExampleBody } from '../support/log-detail-seed.js';

function parsed<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** A small seeded PRNG (mulberry32), so every run validates the same data. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** (a) the seed envelope's `result`: every one of the 25 fields present. */
export function fullLog(): Record<string, unknown> {
  return parsed(seedExampleBody().result);
}

/** (b) only the 10 required fields, token counts null. */
export function minimalLog(): Record<string, unknown> {
  return parsed({
    id: 'id',
    cached: false,
    created_at: '2019-12-27T18:11:19Z',
    duration: 0,
    model: 'model',
    path: 'path',
    provider: 'provider',
    success: true,
    tokens_in: null,
    tokens_out: null,
  });
}

/** The three problems in (c), as JSON pointer paths. */
export const INVALID_PATHS = ['/created_at', '/model', '/tokens_in'];

/** (c) the full log with three errors: 2019 has no 29 February, `model` is missing, 1.5 tokens. */
export function invalidLog(): Record<string, unknown> {
  const log = fullLog();
  log.created_at = '2019-02-29T18:11:19.117Z';
  delete log.model;
  log.tokens_in = 1.5;
  return parsed(log);
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * (d) 10,000 valid records as a list endpoint would return them: 90 % with every field, 10 %
 * with only the required ones; varied values, some null token counts, 29 February in leap years,
 * fractional seconds and offsets.
 */
export function logList(count = 10_000): Record<string, unknown>[] {
  const rnd = random(0x5eed);
  const int = (max: number) => Math.floor(rnd() * max);
  const records: Record<string, unknown>[] = [];
  for (let i = 0; i < count; i++) {
    const year = 2019 + (i % 7);
    const month = 1 + int(12);
    const leapDay = month === 2 && year % 4 === 0 && rnd() < 0.2;
    const day = leapDay ? 29 : 1 + int(28);
    const fraction = rnd() < 0.7 ? `.${String(int(1000)).padStart(3, '0')}` : '';
    const offset = rnd() < 0.8 ? 'Z' : `${rnd() < 0.5 ? '+' : '-'}${pad(int(14))}:${rnd() < 0.5 ? '00' : '30'}`;
    const record: Record<string, unknown> = {
      id: `01J${i.toString(36).padStart(8, '0')}`,
      cached: rnd() < 0.3,
      created_at: `${year}-${pad(month)}-${pad(day)}T${pad(int(24))}:${pad(int(60))}:${pad(int(60))}${fraction}${offset}`,
      duration: int(5000),
      model: rnd() < 0.5 ? 'gpt-4o-mini' : '@cf/meta/llama-3.1-8b-instruct',
      path: 'v1/chat/completions',
      provider: rnd() < 0.5 ? 'openai' : 'workers-ai',
      success: rnd() < 0.95,
      tokens_in: rnd() < 0.1 ? null : int(4000),
      tokens_out: rnd() < 0.1 ? null : int(4000),
    };
    if (rnd() < 0.9) {
      Object.assign(record, {
        cost: rnd() * 0.01,
        custom_cost: false,
        metadata: JSON.stringify({ user: `u${int(100)}` }),
        model_type: 'chat',
        request_content_type: 'application/json',
        request_head: '{"model":"gpt-4o-mini","messages":[{"role":"user","content":"Hello"}]}',
        request_head_complete: true,
        request_size: int(10_000),
        request_type: 'chat',
        response_content_type: 'application/json',
        response_head: '{"id":"chatcmpl-1","object":"chat.completion"}',
        response_head_complete: rnd() < 0.9,
        response_size: int(10_000),
        status_code: rnd() < 0.95 ? 200 : 429,
        step: 0,
      });
    }
    records.push(record);
  }
  return parsed(records);
}

// ---------------------------------------------------------------------------------------------
// cross-check corpus

/** Date-time strings at the edges of the format: calendar, clock, leap seconds, offsets, separators. */
export const DATE_TIME_EDGES = [
  '2019-12-27T18:11:19.117Z',
  '2019-12-27T18:11:19Z',
  '2019-12-27t18:11:19z',
  '2019-12-27 18:11:19Z',
  '2019-12-27\u00a018:11:19Z',
  '2019-12-27\u200918:11:19Z',
  '2019-12-27\n18:11:19Z',
  '2019-12-27T18:11:19',
  '2019-12-27T18:11:19+01:00',
  '2019-12-27T18:11:19+0100',
  '2019-12-27T18:11:19+01',
  '2019-12-27T18:11:19+01:',
  '2019-12-27T18:11:19+1:00',
  '2019-12-27T18:11:19-23:59',
  '2019-12-27T18:11:19+24:00',
  '2019-12-27T18:11:19+01:60',
  '2019-12-27T18:11:19.Z',
  '2019-12-27T18:11:19.123456789012Z',
  '2019-02-28T00:00:00Z',
  '2019-02-29T00:00:00Z',
  '2020-02-29T00:00:00Z',
  '1900-02-29T00:00:00Z',
  '2000-02-29T00:00:00Z',
  '2019-04-31T00:00:00Z',
  '2019-04-30T00:00:00Z',
  '2019-00-10T00:00:00Z',
  '2019-13-10T00:00:00Z',
  '2019-12-00T00:00:00Z',
  '2019-12-32T00:00:00Z',
  '0000-01-01T00:00:00Z',
  '9999-12-31T23:59:59Z',
  '2019-12-31T23:59:60Z',
  '2019-12-31T23:59:60.999Z',
  '2019-12-31T23:59:61Z',
  '2019-12-31T23:58:60Z',
  '2019-12-31T00:59:60+01:00',
  '2019-12-31T22:59:60-01:00',
  '2019-12-31T23:59:60+00:30',
  '2019-12-31T12:00:59.99999999999999999Z',
  '2019-12-31T23:59:59.99999999999999999Z',
  '2019-12-31T23:59:60.99999999999999999Z',
  '2019-12-31T24:00:00Z',
  '2019-12-31T23:60:00Z',
  '2019-12-31T1:00:00Z',
  '2019-12-31TT10:00:00Z',
  '2019-12-31T10:00:00ZZ',
  '2019-12-31T10:00:00Z ',
  ' 2019-12-31T10:00:00Z',
  '2019-12-31',
  '20191231T100000Z',
  '+2019-12-31T10:00:00Z',
  '2019-12-31T10:00:00\uff10Z',
  '\u0661\u0669-12-31T10:00:00Z',
  '',
];

/** `count` strings near valid date-times: edges, then random single and double character edits. */
export function dateTimeCorpus(count: number): string[] {
  const rnd = random(42);
  const alphabet = ['0', '1', '2', '3', '5', '6', '9', '-', ':', '.', 'T', 't', ' ', '\u2028', 'Z', 'z', '+', 'x', ''];
  const out = [...DATE_TIME_EDGES];
  while (out.length < count) {
    let s = DATE_TIME_EDGES[Math.floor(rnd() * 12)]!;
    const edits = 1 + Math.floor(rnd() * 2);
    for (let e = 0; e < edits; e++) {
      const at = Math.floor(rnd() * (s.length + 1));
      const ch = alphabet[Math.floor(rnd() * alphabet.length)]!;
      s = rnd() < 0.7 ? s.slice(0, at) + ch + s.slice(at + 1) : s.slice(0, at) + ch + s.slice(at);
    }
    out.push(s);
  }
  return out;
}

const ODD_VALUES: unknown[] = [undefined, null, true, false, 0, -1, 1.5, 1e21, 2 ** 53 + 2, '', 'x', [], {}, [1], '2020-02-29T00:00:00Z'];

/** Objects: the full and minimal logs with each field set to each odd value, then random multi-field edits. */
export function objectCorpus(count: number): unknown[] {
  const rnd = random(7);
  const out: unknown[] = [fullLog(), minimalLog(), invalidLog(), null, [], 'log', 0, {}];
  const keys = Object.keys(fullLog());
  for (const base of [fullLog, minimalLog]) {
    for (const key of keys) {
      for (const value of ODD_VALUES) {
        const log = base();
        if (value === undefined) delete log[key];
        else log[key] = value;
        out.push(log);
      }
    }
  }
  const dates = dateTimeCorpus(200);
  while (out.length < count) {
    const log = rnd() < 0.5 ? fullLog() : minimalLog();
    const edits = 1 + Math.floor(rnd() * 4);
    for (let e = 0; e < edits; e++) {
      const key = keys[Math.floor(rnd() * keys.length)]!;
      const value = rnd() < 0.3 ? dates[Math.floor(rnd() * dates.length)] : ODD_VALUES[Math.floor(rnd() * ODD_VALUES.length)];
      if (value === undefined) delete log[key];
      else log[key] = value;
    }
    out.push(log);
  }
  return out;
}
