import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Listens on `host` (loopback by default) and answers the server's base URL. */
export async function listenLoopback(server: Server, port = 0, host = '127.0.0.1'): Promise<string> {
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  return `http://${host}:${(server.address() as AddressInfo).port}`;
}

/** Closes the server now, keep-alive connections included. */
export async function closeNow(server: Server | undefined): Promise<void> {
  if (!server) return;
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}
