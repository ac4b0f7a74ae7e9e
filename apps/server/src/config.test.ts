import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ConfigError, DEFAULT_WEB_DIST, loadConfig } from './config'

describe('loadConfig', () => {
  it('has working defaults', () => {
    const config = loadConfig({})
    expect(config).toMatchObject({ port: 8787, host: '127.0.0.1', maxMessageBytes: 8 * 1024 * 1024, logLevel: 'info', openModeRequested: false })
    expect(config.maxSnapshotBytes).toBe(32 * 1024 * 1024)
    expect(config.dataDir).toBe(path.resolve('data'))
    expect(DEFAULT_WEB_DIST.endsWith(path.join('apps', 'web', 'dist'))).toBe(true)
  })

  it('reads overrides and treats empty values as unset', () => {
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: '/tmp/x', MAX_MESSAGE_BYTES: '', LOG_LEVEL: 'DEBUG' })
    expect(config).toMatchObject({ port: 0, host: '127.0.0.1', dataDir: '/tmp/x', maxMessageBytes: 8 * 1024 * 1024, logLevel: 'debug' })
  })

  it('selects PostgreSQL and Redis only when their URLs are set', () => {
    expect(loadConfig({})).toMatchObject({ databaseUrl: null, databaseSchema: null, redisUrl: null })
    const config = loadConfig({
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test',
      DATABASE_SCHEMA: 'sammen_a',
      REDIS_URL: ' redis://127.0.0.1:6379 ',
    })
    expect(config).toMatchObject({
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/test',
      databaseSchema: 'sammen_a',
      redisUrl: 'redis://127.0.0.1:6379',
    })
  })

  it('runs open without a token secret and reads the role and rate-limit settings', () => {
    expect(loadConfig({})).toMatchObject({ tokenSecret: null, publicUrl: null, maxConnectionsPerMinute: 600, maxMessagesPerSecond: 500, maxLibraryRequestsPerMinute: 600 })
    const secret = 'x'.repeat(32)
    const config = loadConfig({
      SAMMEN_TOKEN_SECRET: secret,
      PUBLIC_URL: 'https://sammen.example.no',
      RATE_LIMIT_CONNECTIONS_PER_MINUTE: '10',
      RATE_LIMIT_MESSAGES_PER_SECOND: '20',
      RATE_LIMIT_LIBRARY_PER_MINUTE: '30',
    })
    expect(config).toMatchObject({ tokenSecret: secret, publicUrl: 'https://sammen.example.no', maxConnectionsPerMinute: 10, maxMessagesPerSecond: 20, maxLibraryRequestsPerMinute: 30 })
    expect(() => loadConfig({ RATE_LIMIT_LIBRARY_PER_MINUTE: '0' })).toThrow(/RATE_LIMIT_LIBRARY_PER_MINUTE/)
  })

  it('refuses to listen beyond loopback without a secret unless open mode is asked for', () => {
    for (const host of ['0.0.0.0', '::', '192.168.1.20']) {
      expect(() => loadConfig({ HOST: host })).toThrow(/SAMMEN_TOKEN_SECRET is not set/)
      expect(loadConfig({ HOST: host, SAMMEN_OPEN_MODE: '1' })).toMatchObject({ host, tokenSecret: null, openModeRequested: true })
      expect(loadConfig({ HOST: host, SAMMEN_TOKEN_SECRET: 'x'.repeat(40) }).host).toBe(host)
    }
    for (const host of ['127.0.0.1', '127.8.9.1', '::1', 'localhost']) expect(loadConfig({ HOST: host }).host).toBe(host)
    expect(() => loadConfig({ SAMMEN_OPEN_MODE: 'maybe' })).toThrow(/SAMMEN_OPEN_MODE must be 1 or 0/)
    expect(loadConfig({ MAX_SNAPSHOTS_PER_BOARD: '5' }).maxSnapshotsPerBoard).toBe(5)
  })

  it('reads how long workshop state outlives the last facilitator, in seconds', () => {
    expect(loadConfig({}).workshopIdleMs).toBe(30 * 60_000)
    expect(loadConfig({ WORKSHOP_IDLE_SECONDS: '5' }).workshopIdleMs).toBe(5000)
    expect(() => loadConfig({ WORKSHOP_IDLE_SECONDS: '0' })).toThrow(/WORKSHOP_IDLE_SECONDS/)
  })

  it('never echoes a too-short secret', () => {
    expect(() => loadConfig({ SAMMEN_TOKEN_SECRET: 'hunter2' })).toThrow(/at least 32 bytes/)
    try {
      loadConfig({ SAMMEN_TOKEN_SECRET: 'hunter2' })
    } catch (error) {
      expect(String(error)).not.toContain('hunter2')
    }
  })

  it.each([
    [{ PUBLIC_URL: 'ftp://x' }, /PUBLIC_URL must start with http:\/\//],
    [{ RATE_LIMIT_MESSAGES_PER_SECOND: '0' }, /RATE_LIMIT_MESSAGES_PER_SECOND must be between/],
    [{ PORT: 'http' }, /PORT must be a whole number/],
    [{ PORT: '70000' }, /PORT must be between 0 and 65535/],
    [{ PORT: '-1' }, /PORT must be a whole number/],
    [{ MAX_MESSAGE_BYTES: '10' }, /MAX_MESSAGE_BYTES must be between/],
    [{ MAX_SNAPSHOT_BYTES: '1gb' }, /MAX_SNAPSHOT_BYTES must be a whole number/],
    [{ MAX_SNAPSHOT_BYTES: String(1024 ** 3) }, /MAX_SNAPSHOT_BYTES must be between 1024 and 268435456/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of/],
    [{ DATABASE_URL: 'mysql://x@y/z' }, /DATABASE_URL must start with postgres:\/\/ or postgresql:\/\//],
    [{ DATABASE_URL: 'not a url' }, /DATABASE_URL is not a valid URL/],
    [{ REDIS_URL: 'http://localhost' }, /REDIS_URL must start with redis:\/\//],
    [{ DATABASE_SCHEMA: 'Robert"); DROP' }, /DATABASE_SCHEMA must match/],
  ])('rejects %o', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError)
    expect(() => loadConfig(env)).toThrow(message)
  })
})
