// Headers every HTTP answer carries. The app is fully bundled and same-origin (no CDN, fonts and
// translations included), so the policy can be strict: no inline or foreign scripts, no foreign
// connections. tldraw positions and colours shapes with inline style attributes, hence
// 'unsafe-inline' for styles only; pasted images become data:/blob: URLs.
import type { ServerResponse } from 'node:http'

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  // data: too: tldraw fetches a data: URL for an empty translation file.
  "connect-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

/** Nothing in Sammen needs the camera, microphone, location or payment; embedding the page elsewhere is refused. */
export const PERMISSIONS_POLICY = [
  'camera=()',
  'microphone=()',
  'geolocation=()',
  'payment=()',
  'usb=()',
  'serial=()',
  'bluetooth=()',
  'display-capture=()',
  'interest-cohort=()',
].join(', ')

export function setSecurityHeaders(res: ServerResponse, options: { hsts?: boolean } = {}): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY)
  // Invite links carry their token in the URL fragment, which browsers never send; no-referrer keeps
  // even the board's path out of other sites' logs.
  res.setHeader('Referrer-Policy', 'no-referrer')
  res.setHeader('X-Content-Type-Options', 'nosniff')
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin')
  // frame-ancestors in the CSP says the same to current browsers; X-Frame-Options to older ones.
  res.setHeader('X-Frame-Options', 'DENY')
  res.setHeader('Permissions-Policy', PERMISSIONS_POLICY)
  // Only when the configured public URL is https: HSTS over plain HTTP on a laptop would lock localhost out.
  if (options.hsts) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains')
}
