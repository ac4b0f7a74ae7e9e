// Secure by default, with the real server process and its setup command: an open server only on loopback unless
// asked for in so many words, and a secured server whose first facilitator needs one command, not one per board.
import { execFile } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { offer, upgradeStatus } from './helpers/rawSocket'
import { startServerProcess, type ServerProcess } from './helpers/serverProcess'

const SERVER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const started: ServerProcess[] = []
afterAll(async () => {
  await Promise.all(started.map((server) => server.dispose()))
})

describe('secure by default', () => {
  it('refuses to listen beyond loopback without a secret, and says what to do', async () => {
    await expect(startServerProcess({ env: { HOST: '0.0.0.0' } })).rejects.toThrow(/code 2[\s\S]*SAMMEN_TOKEN_SECRET is not set[\s\S]*SAMMEN_OPEN_MODE=1/)
  })

  it('runs an open server on the network only when asked to, and says so loudly', async () => {
    const server = await startServerProcess({ env: { HOST: '0.0.0.0', SAMMEN_OPEN_MODE: '1' } })
    started.push(server)
    expect(await (await fetch(`${server.url}/api/mode`)).json()).toEqual({ mode: 'open', exposed: true })
    expect(server.logs().some((line) => line.level === 'warn' && String(line.msg).includes('OPEN MODE ON THE NETWORK'))).toBe(true)
  })

  it('prints one workspace link for the first facilitator; it opens every board, and --revoke voids it', async () => {
    const secret = 'setup-test-secret-0123456789abcdefghijklmnopqrs'
    const server = await startServerProcess({ env: { SAMMEN_TOKEN_SECRET: secret } })
    started.push(server)
    const setup = async (env: Record<string, string>, ...args: string[]) => {
      try {
        const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/setup.ts', ...args], {
          cwd: SERVER_DIR,
          env: { ...process.env, DATA_DIR: server.dataDir, PORT: String(server.port), ...env },
        })
        return { code: 0, out: stdout }
      } catch (error) {
        const failed = error as { code: number; stderr: string }
        return { code: failed.code, out: failed.stderr }
      }
    }
    const withoutSecret = await setup({ SAMMEN_TOKEN_SECRET: '' })
    expect(withoutSecret.code).toBe(2)
    expect(withoutSecret.out).toMatch(/SAMMEN_TOKEN_SECRET=\S{40,}/)

    const first = await setup({ SAMMEN_TOKEN_SECRET: secret }, '--base-url', server.url)
    expect(first.code).toBe(0)
    const link = /(http:\/\/\S+#workspace=(\S+))/.exec(first.out)
    expect(link?.[1]).toContain(`${server.url}/#workspace=`)
    const token = link![2]!
    // upgradeStatus rejects when the upgrade is accepted: that is what a workspace link must do on every board.
    for (const board of ['any-board-1', 'another-board']) await expect(upgradeStatus(`${server.syncUrl}/${board}`, offer(token))).rejects.toThrow(/was accepted/)
    const invite = await fetch(`${server.url}/api/boards/any-board-1/invites`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', host: `localhost:${server.port}` },
      body: JSON.stringify({ role: 'panel', expiresInHours: 1 }),
    })
    expect(invite.status).toBe(201)

    await setup({ SAMMEN_TOKEN_SECRET: secret }, '--revoke', '--base-url', server.url)
    expect(await upgradeStatus(`${server.syncUrl}/any-board-1`, offer(token))).toBe(401)
  })
})
