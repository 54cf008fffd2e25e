/** The contenders of the transfer benchmarks, by the id transfer-client.ts takes, and what one run of one reports. */

export const CONTENDERS = {
  'upload:sdkgen': 'sdkgen files.replace(stream)',
  'upload:fetch': "fetch PUT, stream body, duplex: 'half'",
  'upload:fetch-redirect-error': "(ref) the same + redirect: 'error'",
  'upload:floor': '(floor) the same stream read and dropped, no network',
  'download:sdkgen-stream': 'sdkgen files.download().asResponse() body',
  'download:fetch-stream': 'fetch, response.body',
  'download:sdkgen-blob': 'sdkgen files.download() -> Blob',
  'download:fetch-blob': '(ref) fetch, response.blob()',
} as const;
export type ContenderId = keyof typeof CONTENDERS;

export interface TransferSample {
  contender: ContenderId;
  bytes: number;
  /** Wall-clock seconds from the call to the last byte (for a Blob: until it resolved). */
  seconds: number;
  /** The client process's CPU seconds (user + system) over the same span. */
  cpuSeconds: number;
  /** Peak resident set growth over the same span, in bytes. */
  rssGrowth: number;
  /** The resident set before it (after a full GC), in bytes. */
  rssBefore: number;
}
