/**
 * Security headers for every response: a Content-Security-Policy that allows scripts, styles and
 * requests from this origin only, no framing, and no inline script or style.
 */

import { secureHeaders } from 'hono/secure-headers'

/** `secureHeaders` configured for crosscheck's pages. */
export const securityHeaders = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
    baseUri: ["'none'"],
    objectSrc: ["'none'"],
  },
  referrerPolicy: 'strict-origin-when-cross-origin',
})
