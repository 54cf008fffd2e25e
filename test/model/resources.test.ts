import { describe, expect, it } from '@jest/globals';
import type { Operation, Resource } from '../../generator/model/ir.js';
import { buildResources } from '../../generator/model/resources.js';
import { operation } from '../support/model-units.js';

/**
 * generator/model/resources.ts: the resource tree from the operations' resource paths, its
 * order, its module paths and its class names.
 */

const at = (path: string, methodName = 'get'): Operation => operation({ operationId: `${path}.${methodName}`, resource: path.split('.'), methodName });

/** `className path modulePath [methods]`, each resource before its children. */
function outline(resources: Resource[]): string[] {
  return resources.flatMap((r) => [`${r.className} ${r.path.join('.')} ${r.modulePath} [${r.operations.map((o) => o.methodName).join(',')}]`, ...outline(r.children)]);
}

describe('buildResources', () => {
  it.each<{ name: string; given: { operations: Operation[]; typeNames?: string[] }; want: string[] }>([
    {
      name: 'a resource per path segment, with a class named by its whole path and a kebab-case module',
      given: { operations: [at('aiGateway.logs'), at('aiGateway')] },
      want: ['AiGateway aiGateway resources/ai-gateway [get]', 'AiGatewayLogs aiGateway.logs resources/ai-gateway/logs [get]'],
    },
    {
      name: 'a resource with only children has no operations of its own',
      given: { operations: [at('zones.dns.records')] },
      want: ['Zones zones resources/zones []', 'ZonesDns zones.dns resources/zones/dns []', 'ZonesDnsRecords zones.dns.records resources/zones/dns/records [get]'],
    },
    {
      name: 'children and operations are sorted by name',
      given: { operations: [at('b', 'list'), at('a.z'), at('b', 'create'), at('a.y')] },
      want: ['A a resources/a []', 'AY a.y resources/a/y [get]', 'AZ a.z resources/a/z [get]', 'B b resources/b [create,list]'],
    },
    {
      name: 'two paths with one class name: the later in tree order gets Resource appended',
      given: { operations: [at('devicesClient'), at('devices.client')] },
      want: ['Devices devices resources/devices []', 'DevicesClient devices.client resources/devices/client [get]', 'DevicesClientResource devicesClient resources/devices-client [get]'],
    },
    { name: 'a class name that is a type name gets Resource appended', given: { operations: [at('logs')], typeNames: ['Logs'] }, want: ['LogsResource logs resources/logs [get]'] },
    { name: 'so does one whose API companion is taken', given: { operations: [at('logs')], typeNames: ['LogsAPI'] }, want: ['LogsResource logs resources/logs [get]'] },
    { name: "so does a runtime export's name", given: { operations: [at('page')] }, want: ['PageResource page resources/page [get]'] },
    { name: "so does a global's", given: { operations: [at('record')] }, want: ['RecordResource record resources/record [get]'] },
    { name: "so does a name the client's module imports", given: { operations: [at('lazyModule')] }, want: ['LazyModuleResource lazyModule resources/lazy-module [get]'] },
    { name: 'a number only where the name with Resource is taken too', given: { operations: [at('logs')], typeNames: ['Logs', 'LogsResource'] }, want: ['LogsResource2 logs resources/logs [get]'] },
    {
      name: 'a class and its companion: `Logs` takes `LogsAPI`, so a resource `logsAPI` is `LogsAPIResource`',
      given: { operations: [at('logs'), at('logsAPI')] },
      want: ['Logs logs resources/logs [get]', 'LogsAPIResource logsAPI resources/logs-api [get]'],
    },
    {
      name: 'a top-level resource named like an APIClient member gets Resource appended',
      given: { operations: [at('request'), at('send.messages')] },
      want: ['RequestResource requestResource resources/request-resource [get]', 'SendResource sendResource resources/send-resource []', 'SendResourceMessages sendResource.messages resources/send-resource/messages [get]'],
    },
    {
      name: 'a nested one keeps its name',
      given: { operations: [at('things.request')] },
      want: ['Things things resources/things []', 'ThingsRequest things.request resources/things/request [get]'],
    },
  ])('$name', ({ given, want }) => {
    expect(outline(buildResources(given.operations, given.typeNames ?? []))).toEqual(want);
  });

  it("sets each operation's resource to where its method is", () => {
    const ops = [at('send.messages'), at('things.send')];
    buildResources(ops, []);
    expect(ops.map((o) => o.resource.join('.'))).toEqual(['sendResource.messages', 'things.send']);
  });
});
