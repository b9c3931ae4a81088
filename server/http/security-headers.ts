import helmet from 'helmet';
import type { RequestHandler } from 'express';

/**
 * Security headers on every response (helmet): a CSP the built web app runs under (scripts and
 * styles from this origin only; policy bodies keep the images of the government sites they came
 * from), no framing (`frame-ancestors 'none'`, `X-Frame-Options: DENY`), `nosniff` and no
 * referrer to the sites the pages link to. `upgrade-insecure-requests` is left out: the service
 * is also served over plain http on a LAN, where it would break every asset.
 */
export function securityHeaders(options: { graphiql: boolean }): RequestHandler {
  const strict = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        imgSrc: ["'self'", 'data:', 'https:', 'http:'],
        objectSrc: ["'none'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'"],
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
  if (!options.graphiql) return strict;
  // GraphiQL (development only) is an inline page with assets from a CDN: it gets the other headers, not the CSP.
  const devGraphiql = helmet({ contentSecurityPolicy: false, frameguard: { action: 'deny' }, referrerPolicy: { policy: 'no-referrer' } });
  return (req, res, next) => (req.path === '/graphql' && req.method === 'GET' ? devGraphiql : strict)(req, res, next);
}
