import { createServer } from 'node:net';

/** Whether a TCP port can be listened on (host undefined = every interface, as the api listens). */
export function isPortFree(port, host) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

/** The preferred port when it is free on 127.0.0.1, otherwise one the system picks. */
export async function freePort(preferred) {
  if (await isPortFree(preferred, '127.0.0.1')) return preferred;
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
