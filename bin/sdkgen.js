#!/usr/bin/env node
// The generator is written in TypeScript and run through tsx, so there is no build step
// between editing generator/ and running it.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../generator/cli.ts');
process.exitCode = await main(process.argv.slice(2));
