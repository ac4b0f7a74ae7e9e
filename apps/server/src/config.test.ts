import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ConfigError, DEFAULT_WEB_DIST, loadConfig } from './config'

describe('loadConfig', () => {
  it('has working defaults', () => {
    const config = loadConfig({})
    expect(config).toMatchObject({ port: 8787, host: '0.0.0.0', maxMessageBytes: 8 * 1024 * 1024, logLevel: 'info' })
    expect(config.dataDir).toBe(path.resolve('data'))
    expect(DEFAULT_WEB_DIST.endsWith(path.join('apps', 'web', 'dist'))).toBe(true)
  })

  it('reads overrides and treats empty values as unset', () => {
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: '/tmp/x', MAX_MESSAGE_BYTES: '', LOG_LEVEL: 'DEBUG' })
    expect(config).toMatchObject({ port: 0, host: '127.0.0.1', dataDir: '/tmp/x', maxMessageBytes: 8 * 1024 * 1024, logLevel: 'debug' })
  })

  it.each([
    [{ PORT: 'http' }, /PORT must be a whole number/],
    [{ PORT: '70000' }, /PORT must be between 0 and 65535/],
    [{ PORT: '-1' }, /PORT must be a whole number/],
    [{ MAX_MESSAGE_BYTES: '10' }, /MAX_MESSAGE_BYTES must be between/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of/],
  ])('rejects %o', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError)
    expect(() => loadConfig(env)).toThrow(message)
  })
})
