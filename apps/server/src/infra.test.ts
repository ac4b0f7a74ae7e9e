// The deployment files in infra/ cannot be run here (no Docker engine, no cluster), so this checks
// what would break a deployment silently: the two instances disagreeing on storage or Redis, probes on
// the wrong paths, a proxy that drops the websocket upgrade or pins clients to one instance.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parse, parseAllDocuments } from 'yaml'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const INFRA = path.join(ROOT, 'infra')
const read = (...parts: string[]) => fs.readFileSync(path.join(...parts), 'utf8')

/* eslint-disable @typescript-eslint/no-explicit-any -- free-form YAML documents */
// `merge: true`: compose files use YAML merge keys (`<<: *server`), which YAML 1.2 leaves out by default.
const compose = parse(read(INFRA, 'compose.yaml'), { merge: true }) as any
const k8s = fs
  .readdirSync(path.join(INFRA, 'k8s'))
  .filter((file) => file.endsWith('.yaml'))
  .flatMap((file) => parseAllDocuments(read(INFRA, 'k8s', file)).map((doc) => doc.toJS() as any))
const ofKind = (kind: string) => k8s.filter((doc) => doc?.kind === kind)
const nginx = read(INFRA, 'nginx', 'sammen.conf')
const dockerfile = read(INFRA, 'Dockerfile')

describe('infra/compose.yaml', () => {
  const servers = Object.keys(compose.services).filter((name) => name.startsWith('server-'))

  it('runs two server instances on the shared PostgreSQL and Redis', () => {
    expect(servers).toEqual(['server-1', 'server-2'])
    for (const name of servers) {
      const service = compose.services[name]
      expect(Object.keys(service.depends_on).sort()).toEqual(['postgres', 'redis'])
      expect(service.depends_on.postgres.condition).toBe('service_healthy')
      expect(service.environment.DATABASE_URL).toMatch(/^postgres:\/\/.*@postgres:5432\//)
      expect(service.environment.REDIS_URL).toBe('redis://redis:6379')
      expect(service.build.dockerfile).toBe('infra/Dockerfile')
    }
    const [one, two] = servers.map((name) => compose.services[name].environment)
    expect(two).toEqual(one)
  })

  it('requires a token secret and a public URL: no open server on the network by default', () => {
    for (const name of servers) {
      const environment = compose.services[name].environment
      expect(environment.SAMMEN_TOKEN_SECRET).toMatch(/^\$\{SAMMEN_TOKEN_SECRET:\?.+\}$/)
      expect(environment.PUBLIC_URL).toBeDefined()
      expect(environment.SAMMEN_OPEN_MODE).toBeUndefined()
    }
  })

  it('has healthchecked PostgreSQL and Redis and a proxy mounting the nginx config', () => {
    expect(compose.services.postgres.healthcheck.test.join(' ')).toContain('pg_isready')
    expect(compose.services.redis.healthcheck.test).toContain('ping')
    const mount = compose.services.proxy.volumes.find((volume: string) => volume.includes('nginx'))
    const source = mount.split(':')[0] as string
    expect(fs.existsSync(path.resolve(INFRA, source))).toBe(true)
    expect(fs.existsSync(path.resolve(INFRA, compose.services['server-1'].build.context, 'infra/Dockerfile'))).toBe(true)
  })
})

describe('infra/nginx/sammen.conf', () => {
  it('forwards the websocket upgrade on /sync/', () => {
    expect(nginx).toContain('proxy_set_header Upgrade $http_upgrade')
    expect(nginx).toMatch(/proxy_set_header Connection \$connection_upgrade/)
    expect(nginx).toContain('proxy_http_version 1.1')
    expect(nginx).toMatch(/location \/sync\/ \{/)
  })

  it('balances round-robin over both compose instances, without sticky sessions', () => {
    const upstreams = [...nginx.matchAll(/^\s*server (server-\d+):8787/gm)].map((m) => m[1])
    expect(upstreams).toEqual(['server-1', 'server-2'])
    expect(nginx).not.toMatch(/^\s*(ip_hash|hash|sticky|least_conn)\b/m)
  })
})

describe('infra/k8s', () => {
  const [deployment] = ofKind('Deployment')
  const container = deployment.spec.template.spec.containers[0]

  it('probes readiness on /readyz and liveness on /healthz', () => {
    expect(container.readinessProbe.httpGet.path).toBe('/readyz')
    expect(container.livenessProbe.httpGet.path).toBe('/healthz')
    expect(deployment.spec.replicas).toBeGreaterThanOrEqual(2)
    expect(deployment.spec.strategy.rollingUpdate.maxUnavailable).toBe(0)
    expect(deployment.spec.template.spec.securityContext.runAsNonRoot).toBe(true)
  })

  it('wires config, Service and Ingress to the Deployment', () => {
    const labels = deployment.spec.template.metadata.labels
    const [service] = ofKind('Service')
    for (const [key, value] of Object.entries(service.spec.selector)) expect(labels[key]).toBe(value)
    const envFrom = container.envFrom.map((source: any) => source.configMapRef?.name ?? source.secretRef?.name)
    expect(envFrom.sort()).toEqual([ofKind('ConfigMap')[0].metadata.name, ofKind('Secret')[0].metadata.name].sort())
    expect(Object.keys(ofKind('Secret')[0].stringData).sort()).toEqual(['DATABASE_URL', 'REDIS_URL', 'SAMMEN_TOKEN_SECRET'])
    // The placeholder must not start a server: shorter than the 32 bytes the server requires.
    expect(Buffer.byteLength(ofKind('Secret')[0].stringData.SAMMEN_TOKEN_SECRET)).toBeLessThan(32)
    expect(ofKind('ConfigMap')[0].data.PUBLIC_URL).toMatch(/^https:\/\//)
    expect(ofKind('ConfigMap')[0].data.SAMMEN_OPEN_MODE).toBeUndefined()

    const [ingress] = ofKind('Ingress')
    const backends = ingress.spec.rules.flatMap((rule: any) => rule.http.paths.map((p: any) => p.backend.service.name))
    expect(new Set(backends)).toEqual(new Set([service.metadata.name]))
    expect(Number(ingress.metadata.annotations['nginx.ingress.kubernetes.io/proxy-read-timeout'])).toBeGreaterThanOrEqual(3600)
    expect(Object.keys(ingress.metadata.annotations).some((key) => key.includes('affinity'))).toBe(false)
  })
})

describe('infra/systemd/sammen.service', () => {
  it('does not start without its environment file (the secret lives there)', () => {
    const unit = read(INFRA, 'systemd', 'sammen.service')
    expect(unit).toMatch(/^EnvironmentFile=\/etc\/sammen\/sammen\.env$/m)
    expect(unit).not.toMatch(/^Environment=SAMMEN_OPEN_MODE/m)
  })

  it('runs the built server, not TypeScript', () => {
    const unit = read(INFRA, 'systemd', 'sammen.service')
    expect(unit).toMatch(/^WorkingDirectory=\/opt\/sammen\/apps\/server$/m)
    expect(unit).toMatch(/^ExecStart=\/usr\/bin\/node dist\/main\.js$/m)
    expect(unit).not.toContain('tsx')
  })
})

describe('infra/Dockerfile', () => {
  it('builds on node:20-slim, bakes the licence key, runs unprivileged with a /healthz check', () => {
    expect(dockerfile.match(/^FROM node:20-slim/gm)?.length).toBeGreaterThanOrEqual(2)
    expect(dockerfile).toMatch(/^ARG VITE_TLDRAW_LICENSE_KEY/m)
    expect(dockerfile).toMatch(/^USER node$/m)
    expect(dockerfile).toMatch(/^HEALTHCHECK [\s\S]*\/healthz/m)
    expect(dockerfile).not.toContain('SAMMEN_OPEN_MODE')
    const packageManager = (JSON.parse(read(ROOT, 'package.json')) as { packageManager: string }).packageManager
    expect(dockerfile).toContain(`PNPM_VERSION=${packageManager.replace('pnpm@', '')}`)
  })

  it('builds the server and runs its JavaScript, with the build in the deployed package', () => {
    expect(dockerfile).toMatch(/^CMD \["node", "dist\/main\.js"\]$/m)
    expect(dockerfile).not.toContain('tsx')
    // `pnpm build` builds the server too, before `pnpm deploy` copies the package's `files` (dist/) into the image.
    const rootScripts = (JSON.parse(read(ROOT, 'package.json')) as { scripts: Record<string, string> }).scripts
    expect(rootScripts.build).toContain('@sammen/server build')
    const server = JSON.parse(read(ROOT, 'apps', 'server', 'package.json')) as { files: string[]; dependencies: Record<string, string> }
    expect(server.files).toEqual(['dist'])
    expect(Object.keys(server.dependencies)).not.toContain('tsx')
    expect(dockerfile.indexOf('pnpm@${PNPM_VERSION} build')).toBeLessThan(dockerfile.indexOf('deploy --prod'))
  })
})
