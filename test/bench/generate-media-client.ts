/**
 * `node --import tsx generate-media-client.ts <out>`: generates the media-types client into
 * `<out>` (see media-client.ts, which runs this in a process of its own).
 */
import { generate } from '../../generator/pipeline.js';
import { MEDIA_CONFIG } from './media-client.js';

const out = process.argv[2];
if (out === undefined) throw new Error('usage: generate-media-client.ts <out>');
await generate({ config: MEDIA_CONFIG, out });
