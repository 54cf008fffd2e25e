/**
 * The one-line progress display of long runs: the current stage, what it works on, and
 * the time so far, rewritten in place. Only on a terminal (never in CI logs or pipes) and
 * never with `--quiet`; it is erased before anything else is printed.
 */
export class Progress {
  private readonly started = Date.now();
  private shown = false;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly enabled: boolean,
  ) {}

  static forTerminal(quiet: boolean): Progress {
    return new Progress(process.stderr, !quiet && process.stderr.isTTY === true && !process.env.CI);
  }

  stage(name: string, detail?: string): void {
    if (!this.enabled) return;
    const seconds = ((Date.now() - this.started) / 1000).toFixed(1);
    const line = `sdkgen: ${name}${detail ? `: ${detail}` : ''} (${seconds} s)`;
    const width = this.stream.columns || 80;
    this.stream.write(`\r\x1b[K${line.length >= width ? `${line.slice(0, width - 2)}…` : line}`);
    this.shown = true;
  }

  clear(): void {
    if (this.shown) this.stream.write('\r\x1b[K');
    this.shown = false;
  }
}
