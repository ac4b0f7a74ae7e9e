// Plain HTTP on the same port as the sync socket: the built web app, and a health check. Keeping one
// port means one thing to expose through a proxy or a tunnel.
import fs from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'
import sirv from 'sirv'
import type { Logger } from './log'
import { requestPath } from './httpPath'
import { setSecurityHeaders } from './securityHeaders'
import type { ApiHandler } from './api/httpJson'

export type HttpHandler = (req: IncomingMessage, res: ServerResponse) => void
type StaticHandler = ReturnType<typeof sirv>

/** Result of the `/readyz` checks: `ready` decides 200 vs 503, `checks` is the body's detail. */
export interface Readiness {
  ready: boolean
  checks: Record<string, string>
}

// Client-side routes of the single-page app that must load index.html on a fresh visit or reload.
// The web app's own routes (apps/web/src/routing/router.ts): a board, the new-board flow, the library and an
// agency's page across boards.
const SPA_ROUTE = /^\/(b\/[^/]+(\/(oversikt|rapport))?|ny|bibliotek|etat\/[^/]+)\/?$/

const IMMUTABLE = 'public, max-age=31536000, immutable'

/** Prometheus exposition (`ServerMetrics.render`). */
export type MetricsSource = () => Promise<{ contentType: string; body: string }>

export interface HttpHandlerOptions {
  webDist: string | null
  log: Logger
  readiness?: () => Promise<Readiness>
  metrics?: MetricsSource | null
  api?: ApiHandler | null
  /** Served over HTTPS (PUBLIC_URL is https://): send Strict-Transport-Security. */
  hsts?: boolean
}

export function createHttpHandler(options: HttpHandlerOptions): HttpHandler {
  const { webDist, log } = options
  const readiness = options.readiness ?? (async () => ({ ready: true, checks: {} }))
  const metrics = options.metrics ?? null
  const api = options.api ?? null
  let serveStatic: StaticHandler | null = null
  let warned = false

  // Built lazily, so a server started before `pnpm build` picks the app up once it exists.
  const getStatic = (): StaticHandler | null => {
    if (serveStatic) return serveStatic
    if (!webDist || !fs.existsSync(path.join(webDist, 'index.html'))) {
      if (!warned) log.warn('web app not built; serving a placeholder', { webDist })
      warned = true
      return null
    }
    serveStatic = sirv(webDist, {
      etag: true,
      dotfiles: false,
      setHeaders: (res, pathname) => {
        // Vite puts content-hashed files under /assets/; everything else (index.html, sw.js,
        // manifest) keeps its name across releases and must be revalidated.
        res.setHeader('Cache-Control', pathname.startsWith('/assets/') ? IMMUTABLE : 'no-cache')
      },
    })
    log.info('serving web app', { webDist })
    return serveStatic
  }

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    setSecurityHeaders(res, { hsts: options.hsts ?? false })
    const pathname = requestPath(req)
    if (pathname === null) {
      res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' })
      res.end('Bad request target\n')
      return
    }
    // The JSON APIs answer everything under /api/, so it never falls through to the app.
    if (api?.(req, res)) return

    // Readiness (can this instance serve boards: storage and Redis answer?) for load balancers;
    // /healthz stays pure liveness so a database outage does not get every instance restarted.
    if (pathname === '/readyz') {
      readiness().then(
        ({ ready, checks }) => {
          res.writeHead(ready ? 200 : 503, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' })
          res.end(req.method === 'HEAD' ? undefined : JSON.stringify({ ok: ready, ...checks }))
        },
        (error: unknown) => {
          log.error('readiness check failed', { error })
          res.writeHead(503, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' })
          res.end(req.method === 'HEAD' ? undefined : JSON.stringify({ ok: false }))
        },
      )
      return
    }

    // Same port as everything else, so a scraper needs no extra port; the reverse proxies in infra/
    // refuse /metrics from outside (it reveals load, not board contents).
    if (pathname === '/metrics' && metrics) {
      metrics().then(
        ({ contentType, body }) => {
          res.writeHead(200, { 'Content-Type': contentType, 'Cache-Control': 'no-store' })
          res.end(req.method === 'HEAD' ? undefined : body)
        },
        (error: unknown) => {
          log.error('metrics collection failed', { error })
          res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' })
          res.end('metrics collection failed\n')
        },
      )
      return
    }

    if (pathname === '/healthz') {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' })
      res.end(req.method === 'HEAD' ? undefined : JSON.stringify({ ok: true }))
      return
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' })
      res.end('Method not allowed\n')
      return
    }

    const handler = getStatic()
    if (!handler) {
      res.writeHead(pathname === '/' || SPA_ROUTE.test(pathname) ? 503 : 404, {
        'Content-Type': 'text/plain; charset=utf-8',
        'Cache-Control': 'no-store',
      })
      res.end(
        pathname === '/' || SPA_ROUTE.test(pathname)
          ? `The Sammen web app has not been built yet (looked in ${webDist ?? '(none)'}).\n` +
              'Run `npx pnpm@10.34.8 build` in the repository root, then reload this page.\n' +
              'Sync at /sync/<boardId> works without it.\n'
          : 'Not found\n',
      )
      return
    }

    handler(req, res, () => {
      if (SPA_ROUTE.test(pathname)) {
        req.url = '/'
        handler(req, res, () => notFound(res))
        return
      }
      notFound(res)
    })
  }

  // Whatever a request looks like, it gets an answer: a throw in any handler becomes a 500, never a hung socket.
  return (req, res) => {
    try {
      handle(req, res)
    } catch (error) {
      log.error('http handler failed', { error, method: req.method })
      if (!res.headersSent) {
        res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' })
        res.end('Internal error\n')
      } else {
        res.destroy()
      }
    }
  }
}

function notFound(res: ServerResponse): void {
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' })
  res.end('Not found\n')
}
