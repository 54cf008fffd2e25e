import net from 'node:net';

/**
 * Asks the OS for a TCP port that is free on 127.0.0.1 right now.
 *
 * The port is released before this resolves, so another process can take it
 * before the caller binds it; callers that spawn servers should retry once on
 * EADDRINUSE.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') {
        server.close();
        reject(new Error(`Expected a TCP address from net.Server, got ${String(address)}`));
        return;
      }
      const { port } = address;
      server.close((error) => (error ? reject(error) : resolve(port)));
    });
  });
}
