import type { RequestHandler } from 'express';

/**
 * Refuses a GraphQL request whose declared length is over `maxBytes` with a 413 that says what
 * the limit is for, before a byte of it is read. Bodies without a length (chunked) are cut by
 * yoga's own limit, set to the same value.
 */
export function graphqlBodyLimit(maxBytes: number, maxFileBytes: number): RequestHandler {
  const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);
  return (req, res, next) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (!(declared > maxBytes)) return next();
    res
      .status(413)
      .type('application/json; charset=utf-8')
      .send({
        errors: [
          {
            message: `The request is larger than ${megabytes(maxBytes)} MB: an upload may be at most ${megabytes(maxFileBytes)} MB`,
            extensions: { code: 'VALIDATION', reason: 'REQUEST_TOO_LARGE', maxBytes },
          },
        ],
      });
  };
}
