import { tmpdir } from 'node:os';
import { Diagnostics } from '../../generator/common/diagnostics.js';
import { DocumentSet } from '../../generator/load/document-set.js';
import { defaultConfig, loadConfig, type ConventionsName, type SdkConfig } from '../../generator/load/load-config.js';
import { buildModel } from '../../generator/model/build-model.js';
import type { Api } from '../../generator/model/ir.js';
import { allOperations } from '../../generator/model/resource-tree.js';
import { routeKey, type OfficialNames } from '../support/official-names.js';

/** How the generator's `resource.method` names compare with an official SDK's. */
export interface Agreement {
  /** Operations of the spec whose route the official SDK also has. */
  shared: number;
  /** Of those, how many have the official full name (`kv.namespaces.values.update`). */
  sameName: number;
  /** ... and how many the official method name (`update`), wherever the resource is. */
  sameMethod: number;
  /** Every name in the model that ends in a digit the spec's words do not explain. */
  numbered: string[];
  /** Up to `sample` shared operations named differently: `ours -> official`. */
  differences: string[];
}

export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10;
}

/** The model for `spec` with a config file, or without one (with the API's conventions). */
export function modelFor(spec: string, options: { config?: string; conventions?: ConventionsName }): Api {
  const diagnostics = new Diagnostics();
  let config: SdkConfig | undefined;
  if (options.config) {
    config = loadConfig(options.config, diagnostics);
    if (!config) throw new Error(`config ${options.config}: ${diagnostics.errors.map((e) => e.message).join('\n')}`);
  } else {
    config = { ...defaultConfig(spec, tmpdir()), conventions: options.conventions ?? 'none' };
  }
  const api = buildModel(new DocumentSet(diagnostics), config, diagnostics);
  if (!api) throw new Error(`no model for ${spec}: ${diagnostics.errors.map((e) => e.message).join('\n')}`);
  return api;
}

/**
 * Compares every operation's name with the official names of its route. A name "has a numeric
 * suffix" when a type name ends in digits after `Params` or `Response` (`KeyUpdateParams2`), or
 * its method or type name ends in a word with digits the operation does not say (`update2`,
 * but not `summaryV2` for `.../summary/...` with operationId `radar-get-...-summary-v2`).
 */
export function measureAgreement(api: Api, official: OfficialNames, spec: { paths?: Record<string, Record<string, Record<string, unknown>>> }, sample = 40): Agreement {
  const result: Agreement = { shared: 0, sameName: 0, sameMethod: 0, numbered: [], differences: [] };
  for (const op of allOperations(api.resources)) {
    const ours = [...op.resource, op.methodName].join('.');
    // A word ending in digits is the spec's (`summaryV2`, `layer3`) when its operationId, path, summary or naming hints have it.
    const raw = spec.paths?.[op.path]?.[op.method] ?? {};
    const hints = Object.entries(raw).filter(([key]) => /^x-.*-sdk-/.test(key)).map(([, value]) => String(value));
    const said = `${op.operationId} ${op.path} ${op.summary ?? ''} ${hints.join(' ')}`.toLowerCase().replace(/[^a-z0-9]/g, '');
    for (const name of [op.methodName, op.typeNames.params, op.typeNames.response]) {
      const numberedType = /(Params|Response)\d+$/.test(name);
      const word = /[A-Z]?[a-z]*\d+$/.exec(name)?.[0]?.toLowerCase();
      if (numberedType || (word !== undefined && !said.includes(word))) result.numbered.push(`${ours} (${name}, ${op.method.toUpperCase()} ${op.path})`);
    }
    const names = official.get(routeKey(op.method, op.path));
    if (!names) continue;
    result.shared++;
    if (names.includes(ours)) result.sameName++;
    const methodOf = (n: string) => n.slice(n.lastIndexOf('.') + 1);
    if (names.some((n) => methodOf(n) === op.methodName)) result.sameMethod++;
    if (!names.includes(ours) && result.differences.length < sample) result.differences.push(`${ours} -> ${names.join(' | ')}  (${op.method.toUpperCase()} ${op.path})`);
  }
  return result;
}
