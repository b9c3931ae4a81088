import type { ErrorRequestHandler } from 'express';

/**
 * The last handler: any error a route did not answer becomes one line of text with its status,
 * never a stack trace (express's own handler prints one outside production). Client errors
 * that express and its parsers raise (a malformed URL, 4xx `status`) keep their status.
 */
export function errorHandler(): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    if (res.headersSent) {
      // The body has started: the only honest answer left is a cut connection.
      req.log?.error({ err: error }, 'request failed after its headers were sent');
      res.destroy();
      return;
    }
    const declared =
      (error as { status?: unknown; statusCode?: unknown } | null)?.status ?? (error as { statusCode?: unknown })?.statusCode;
    const status = typeof declared === 'number' && declared >= 400 && declared < 500 ? declared : 500;
    if (status === 500) req.log?.error({ err: error }, 'request failed');
    res
      .status(status)
      .type('text/plain; charset=utf-8')
      .send(status === 500 ? 'Internal server error\n' : 'Bad request\n');
  };
}
