// Redis pub/sub fan-out between server instances (ioredis: the widely used, maintained Redis client
// with automatic reconnect and re-subscribe). Two connections, because a Redis connection in
// subscriber mode cannot publish. Pub/sub is fire-and-forget: a message published while an instance
// is disconnected is lost for it, so on every (re)connect we reload the open boards from storage and
// ask the other instances to do the same; Yjs merges re-applied updates idempotently.
import { randomUUID } from 'node:crypto'
import os from 'node:os'
import { Redis } from 'ioredis'
import type { DocKey } from '@sammen/protocol'
import type { Logger } from '../log'
import {
  channelName,
  decodeFanoutMessage,
  encodeFanoutMessage,
  FanoutKind,
  type BoardChannel,
  type Fanout,
  type FanoutHandler,
} from './Fanout'

const JOIN_WAIT_MS = 2000
const PING_TIMEOUT_MS = 2000
const EMPTY = new Uint8Array(0)

export class RedisFanout implements Fanout {
  readonly instanceId = `${os.hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`
  private readonly pub: Redis
  private readonly sub: Redis
  private readonly handlers = new Map<string, FanoutHandler>()
  readonly stats = { published: 0, publishFailed: 0, received: 0 }
  private connected = false
  // Set when messages may have been missed (a lost connection, or a board opened without a live
  // subscription); the next 'ready' then resyncs. A first connect needs none: join() waited for it.
  private missedMessages = false

  constructor(
    url: string,
    private readonly log: Logger,
  ) {
    const options = {
      // Retry forever with a capped backoff: a Redis restart must not need a server restart.
      retryStrategy: (attempt: number) => Math.min(attempt * 200, 2000),
      // A command issued while disconnected waits for one reconnect attempt, then fails instead of
      // piling up; the resync after the reconnect covers lost publishes (the updates are in storage).
      maxRetriesPerRequest: 1,
    }
    this.pub = new Redis(url, { ...options, connectionName: `sammen-pub-${this.instanceId}` })
    this.sub = new Redis(url, { ...options, connectionName: `sammen-sub-${this.instanceId}` })
    for (const [name, client] of [['publisher', this.pub], ['subscriber', this.sub]] as const) {
      // ioredis reports every failed reconnect attempt here; the state changes below are the news.
      client.on('error', (error: Error) => this.log.debug('redis error', { client: name, error: error.message }))
    }
    this.sub.on('close', () => {
      if (this.connected) this.log.warn('redis connection lost; fan-out paused', { instanceId: this.instanceId })
      if (this.connected) this.missedMessages = true
      this.connected = false
    })
    this.sub.on('ready', () => {
      this.connected = true
      this.log.info('redis connected', { instanceId: this.instanceId, boards: this.handlers.size })
      if (!this.missedMessages) return
      this.missedMessages = false
      void this.resyncAll()
    })
    this.sub.on('messageBuffer', (channel: Buffer, data: Buffer) => this.onMessage(channel.toString(), data))
  }

  async join(boardId: DocKey, handler: FanoutHandler): Promise<BoardChannel> {
    const channel = channelName(boardId)
    this.handlers.set(channel, handler)
    const subscribed = this.sub.subscribe(channel).then(
      () => true,
      (error: unknown) => {
        this.log.warn('redis subscribe failed', { boardId, error })
        return false
      },
    )
    // Do not lock users out of a board while Redis is down: carry on after a short wait; the
    // 'ready' handler resyncs this board once the subscription is really in place.
    const ok = await Promise.race([subscribed, delay(JOIN_WAIT_MS).then(() => false)])
    if (!ok) {
      this.log.warn('opening board without a live redis subscription', { boardId })
      this.missedMessages = true
    }
    let left = false
    return {
      publish: (kind, payload = EMPTY) => {
        if (left) return
        this.pub.publish(channel, Buffer.from(encodeFanoutMessage(this.instanceId, kind, payload))).then(
          () => this.stats.published++,
          (error: unknown) => {
            this.stats.publishFailed++
            this.log.debug('redis publish failed', { boardId, error })
          },
        )
      },
      leave: async () => {
        if (left) return
        left = true
        if (this.handlers.get(channel) === handler) this.handlers.delete(channel)
        // A re-join of the same board queues its SUBSCRIBE after this UNSUBSCRIBE on the same
        // connection, so it ends up subscribed.
        if (!this.handlers.has(channel)) await this.sub.unsubscribe(channel).catch(() => {})
      },
    }
  }

  async publishTo(boardId: DocKey, kind: FanoutKind, payload: Uint8Array): Promise<void> {
    try {
      await this.pub.publish(channelName(boardId), Buffer.from(encodeFanoutMessage(this.instanceId, kind, payload)))
      this.stats.published++
    } catch (error) {
      this.stats.publishFailed++
      this.log.warn('redis publish failed', { boardId, error })
    }
  }

  private onMessage(channel: string, data: Buffer): void {
    const handler = this.handlers.get(channel)
    if (!handler) return
    const message = decodeFanoutMessage(data)
    if (!message) {
      this.log.warn('ignoring malformed fan-out message', { channel, bytes: data.byteLength })
      return
    }
    // Our own publications come back to us too; we already applied and broadcast them.
    if (message.instanceId === this.instanceId) return
    this.stats.received++
    handler(message)
  }

  /** After (re)connecting: make sure we are subscribed, then reload every open board and tell the others. */
  private async resyncAll(): Promise<void> {
    const channels = [...this.handlers.keys()]
    if (channels.length === 0) return
    try {
      // ioredis re-subscribes by itself, but only after this event; waiting for our own SUBSCRIBE
      // reply guarantees the subscription is live before the reload reads storage.
      await this.sub.subscribe(...channels)
    } catch (error) {
      this.log.warn('redis resubscribe failed', { error })
      this.missedMessages = true // the next 'ready' tries again
      return
    }
    for (const channel of channels) {
      this.handlers.get(channel)?.({ kind: FanoutKind.resync, payload: EMPTY })
      this.pub
        .publish(channel, Buffer.from(encodeFanoutMessage(this.instanceId, FanoutKind.resync, EMPTY)))
        .catch((error: unknown) => this.log.debug('redis publish failed', { channel, error }))
    }
  }

  async ping(): Promise<void> {
    if (this.sub.status !== 'ready' || this.pub.status !== 'ready') throw new Error('redis is not connected')
    await Promise.race([
      this.pub.ping(),
      delay(PING_TIMEOUT_MS).then(() => {
        throw new Error('redis ping timed out')
      }),
    ])
  }

  async close(): Promise<void> {
    this.handlers.clear()
    await Promise.all([this.pub, this.sub].map((client) => (client.status === 'ready' ? client.quit().catch(() => client.disconnect()) : client.disconnect())))
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref())
}
