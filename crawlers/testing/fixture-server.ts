import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { closeNow, listenLoopback } from '../../lib/loopback-server.js';
import iconv from 'iconv-lite';

/** One path of the fixture site. */
export interface FixtureRoute {
  body?: string;
  contentType?: string;
  /** Encode the body in this charset (e.g. `gbk`); the header names it only when `declareCharset`. */
  charset?: string;
  declareCharset?: boolean;
  status?: number;
  headers?: Record<string, string>;
  /** Strong ETag from the body and 304 on a matching If-None-Match (default true for 200s). */
  etag?: boolean;
  gzip?: boolean;
  /** Wait this long before answering. */
  delayMs?: number;
  /** Full control, for stalls and odd servers. */
  handler?: (req: IncomingMessage, res: ServerResponse) => void;
}

/**
 * A real HTTP server on 127.0.0.1 serving real-shaped pages: routes can change between
 * crawls, every hit is counted, robots.txt is configurable.
 */
export class FixtureServer {
  readonly routes = new Map<string, FixtureRoute>();
  readonly hits = new Map<string, number>();
  readonly userAgents = new Set<string>();
  robots = 'User-agent: *\nDisallow: /private/\n';
  active = 0;
  maxActive = 0;
  private server: Server | undefined;
  url = '';

  constructor(private readonly host = '127.0.0.1') {}

  set(path: string, route: FixtureRoute): this {
    this.routes.set(path, route);
    return this;
  }

  hitCount(path: string): number {
    return this.hits.get(path) ?? 0;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => this.handle(req, res));
    this.url = await listenLoopback(this.server, 0, this.host);
    return this;
  }

  async close(): Promise<void> {
    await closeNow(this.server);
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const path = req.url ?? '/';
    this.hits.set(path, (this.hits.get(path) ?? 0) + 1);
    this.userAgents.add(req.headers['user-agent'] ?? '');
    if (path === '/robots.txt') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end(this.robots);
      return;
    }
    const route = this.routes.get(path);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    this.active += 1;
    this.maxActive = Math.max(this.maxActive, this.active);
    res.once('close', () => {
      this.active -= 1;
    });
    const respond = () => {
      if (route.handler) return route.handler(req, res);
      const status = route.status ?? 200;
      let body: Buffer = route.charset ? iconv.encode(route.body ?? '', route.charset) : Buffer.from(route.body ?? '', 'utf8');
      const contentType =
        (route.contentType ?? 'text/html') + (route.charset && route.declareCharset ? `; charset=${route.charset.toUpperCase()}` : '');
      const headers: Record<string, string> = { 'content-type': contentType, ...route.headers };
      if (status === 200 && route.etag !== false) {
        const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
        headers.etag = etag;
        if (req.headers['if-none-match'] === etag) {
          res.writeHead(304, { etag }).end();
          return;
        }
      }
      if (route.gzip && /gzip/.test(String(req.headers['accept-encoding'] ?? ''))) {
        body = gzipSync(body);
        headers['content-encoding'] = 'gzip';
      }
      headers['content-length'] = String(body.byteLength);
      res.writeHead(status, headers).end(body);
    };
    if (route.delayMs) setTimeout(respond, route.delayMs);
    else respond();
  }
}
