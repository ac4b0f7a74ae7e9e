// RedisFanout against a real Redis: delivery between instances, own messages ignored, and the resync
// after a lost connection. Needs Redis; see test/helpers/services.ts for when a missing one fails.
import { afterEach, describe, expect, it } from 'vitest'
import { Redis } from 'ioredis'
import type { BoardId } from '@sammen/journey-model'
import { redisForTests } from '../../test/helpers/services'
import { createLogger } from '../log'
import { FanoutKind, type FanoutMessage } from './Fanout'
import { RedisFanout } from './RedisFanout'

const service = await redisForTests()
const log = createLogger({ write: () => {} })
const fanouts: RedisFanout[] = []
afterEach(async () => {
  for (const fanout of fanouts.splice(0)) await fanout.close()
})

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

if (service.state === 'skip') {
  console.warn(`[RedisFanout] skipped: ${service.reason}`)
  describe.skip(`RedisFanout (skipped: ${service.reason})`, () => {
    it('needs Redis', () => {})
  })
} else if (service.state === 'missing') {
  describe('RedisFanout', () => {
    it('needs a reachable Redis', () => {
      throw new Error(service.reason)
    })
  })
} else {
  const url = service.url
  const board = `fanout-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}` as BoardId
  const make = () => {
    const fanout = new RedisFanout(url, log)
    fanouts.push(fanout)
    return fanout
  }

  describe('RedisFanout', () => {
    it('delivers to other instances only, and stops after leave', async () => {
      const [a, b] = [make(), make()]
      const gotA: FanoutMessage[] = []
      const gotB: FanoutMessage[] = []
      const channelA = await a.join(board, (m) => gotA.push(m))
      const channelB = await b.join(board, (m) => gotB.push(m))
      await until(() => a.instanceId !== b.instanceId, 'distinct ids')
      await a.ping()

      channelA.publish(FanoutKind.update, new Uint8Array([1, 2, 3]))
      await until(() => gotB.length === 1, 'b receives')
      expect(gotB[0]).toMatchObject({ instanceId: a.instanceId, kind: FanoutKind.update, payload: new Uint8Array([1, 2, 3]) })

      await channelB.leave()
      channelA.publish(FanoutKind.awareness, new Uint8Array([4]))
      await new Promise((resolve) => setTimeout(resolve, 200))
      expect(gotB).toHaveLength(1)
      expect(gotA).toEqual([]) // never its own messages
    })

    it('after a lost subscriber connection: resyncs locally and asks the others to resync', async () => {
      const [a, b] = [make(), make()]
      const gotA: FanoutMessage[] = []
      const gotB: FanoutMessage[] = []
      await a.join(board, (m) => gotA.push(m))
      await b.join(board, (m) => gotB.push(m))
      gotA.length = 0
      gotB.length = 0

      const admin = new Redis(url)
      try {
        const clients = (await admin.client('LIST')) as string
        const line = clients.split('\n').find((l) => l.includes(`name=sammen-sub-${b.instanceId}`))
        const id = /\bid=(\d+)/.exec(line ?? '')?.[1]
        expect(id).toBeDefined()
        await admin.client('KILL', 'ID', id!)
      } finally {
        admin.disconnect()
      }
      await until(() => gotB.some((m) => m.kind === FanoutKind.resync), 'b resyncs itself')
      await until(() => gotA.some((m) => m.kind === FanoutKind.resync), 'a is asked to resync')
      await b.ping()
    })
  })
}
