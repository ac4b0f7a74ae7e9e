import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectClient, waitSynced } from './helpers/clients'
import { startServerProcess, type ServerProcess } from './helpers/serverProcess'

let server: ServerProcess
let webDist: string

beforeAll(async () => {
  webDist = fs.mkdtempSync(path.join(os.tmpdir(), 'sammen-web-'))
  fs.mkdirSync(path.join(webDist, 'assets'))
  fs.writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><title>Sammen</title><div id="app"></div>')
  fs.writeFileSync(path.join(webDist, 'sw.js'), 'self.addEventListener("fetch", () => {})')
  fs.writeFileSync(path.join(webDist, 'assets', 'index-3f9a1c.js'), 'console.log("app")')
  server = await startServerProcess({ env: { WEB_DIST: webDist } })
})

afterAll(async () => {
  await server?.dispose()
  fs.rmSync(webDist, { recursive: true, force: true })
})

describe('static web app', () => {
  it('serves index.html on / without caching', async () => {
    const res = await fetch(`${server.url}/`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/text\/html/)
    expect(res.headers.get('cache-control')).toBe('no-cache')
    expect(await res.text()).toContain('<title>Sammen</title>')
  })

  it('falls back to index.html for the app’s own routes (a board, the new-board flow, the library, an agency)', async () => {
    for (const route of ['/b/abcdef123', '/ny', '/bibliotek', '/bibliotek/', '/etat/nav', '/etat/nordby-kommune/']) {
      const res = await fetch(`${server.url}${route}`)
      expect(res.status).toBe(200)
      expect(res.headers.get('cache-control')).toBe('no-cache')
      expect(await res.text()).toContain('<title>Sammen</title>')
    }
    for (const route of ['/nyere', '/etat', '/etat/nav/mer', '/bibliotekar']) expect((await fetch(`${server.url}${route}`)).status).toBe(404)
  })

  it('sends a strict Content-Security-Policy without inline scripts, and no referrer', async () => {
    const res = await fetch(`${server.url}/`)
    const csp = res.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/)
    expect(csp).toMatch(/connect-src 'self'( data: blob:)?;/)
    expect(res.headers.get('referrer-policy')).toBe('no-referrer')
    expect((await fetch(`${server.url}/healthz`)).headers.get('content-security-policy')).toBe(csp)
  })

  it('caches hashed assets forever and revalidates sw.js', async () => {
    const asset = await fetch(`${server.url}/assets/index-3f9a1c.js`)
    expect(asset.status).toBe(200)
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    const sw = await fetch(`${server.url}/sw.js`)
    expect(sw.status).toBe(200)
    expect(sw.headers.get('cache-control')).toBe('no-cache')
  })

  it('answers 404 for unknown files and 405 for other methods', async () => {
    expect((await fetch(`${server.url}/nope.js`)).status).toBe(404)
    expect((await fetch(`${server.url}/not/a/route`)).status).toBe(404)
    expect((await fetch(`${server.url}/`, { method: 'POST' })).status).toBe(405)
  })

  it('syncs on the same port', async () => {
    const c = connectClient(server.syncUrl, 'same-port-board')
    try {
      await waitSynced(c)
    } finally {
      c.destroy()
    }
  })
})

describe('process lifecycle', () => {
  it('exits 0 on SIGINT after logging the shutdown', async () => {
    const exit = await server.kill('SIGINT')
    expect(exit.code).toBe(0)
    const messages = server.logs().map((line) => line.msg)
    expect(messages).toContain('shutting down')
    expect(messages).toContain('server stopped')
  })

  it('refuses to start with an invalid configuration', async () => {
    await expect(startServerProcess({ env: { MAX_MESSAGE_BYTES: 'lots' } })).rejects.toThrow(
      /MAX_MESSAGE_BYTES must be a whole number/,
    )
  })
})
