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
      name: 'two paths with one class name: the later in tree order gets a number',
      given: { operations: [at('devicesClient'), at('devices.client')] },
      want: ['Devices devices resources/devices []', 'DevicesClient devices.client resources/devices/client [get]', 'DevicesClient2 devicesClient resources/devices-client [get]'],
    },
    { name: 'a class name that is a type name is numbered', given: { operations: [at('logs')], typeNames: ['Logs'] }, want: ['Logs2 logs resources/logs [get]'] },
    { name: 'so is one whose API companion is taken', given: { operations: [at('logs')], typeNames: ['LogsAPI'] }, want: ['Logs2 logs resources/logs [get]'] },
    { name: "so is a runtime export's name", given: { operations: [at('page')] }, want: ['Page2 page resources/page [get]'] },
    { name: "so is a global's", given: { operations: [at('record')] }, want: ['Record2 record resources/record [get]'] },
    { name: "so is a name the client's module imports", given: { operations: [at('lazyModule')] }, want: ['LazyModule2 lazyModule resources/lazy-module [get]'] },
    {
      name: 'a class and the next one numbered past its companion: `Logs` takes `LogsAPI`, so a resource `logsAPI` is `LogsAPI2`',
      given: { operations: [at('logs'), at('logsAPI')] },
      want: ['Logs logs resources/logs [get]', 'LogsAPI2 logsAPI resources/logs-api [get]'],
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
