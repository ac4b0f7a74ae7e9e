import * as Y from 'yjs'
import type { Random } from './random'
import type { TestPeer } from './peers'

/**
 * A network between test peers that delivers each update late and in random order, and lets peers drop off
 * and come back (re-syncing with state vectors, as y-websocket does on reconnect). It exercises the CRDT and
 * the binding; the real websocket path is covered by the integration and end-to-end tests.
 */
export class SimulatedNetwork {
  private queues = new Map<string, Uint8Array[]>()
  private connected = new Set<TestPeer>()

  constructor(
    private readonly peers: TestPeer[],
    private readonly random: Random,
  ) {
    for (const from of peers) {
      this.connected.add(from)
      from.doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin === this || !this.connected.has(from)) return
        for (const to of peers) if (to !== from && this.connected.has(to)) this.queue(from, to).push(update)
      })
    }
  }

  private queue(from: TestPeer, to: TestPeer): Uint8Array[] {
    const key = `${from.name}->${to.name}`
    let queue = this.queues.get(key)
    if (!queue) this.queues.set(key, (queue = []))
    return queue
  }

  /** Delivers one randomly chosen queued update (any queue, any position). */
  deliverOne(): boolean {
    const pairs = this.peers.flatMap((from) =>
      this.peers.filter((to) => to !== from && this.queue(from, to).length > 0).map((to) => [from, to] as const),
    )
    if (pairs.length === 0) return false
    const [from, to] = this.random.pick(pairs)
    const queue = this.queue(from, to)
    const [update] = queue.splice(this.random.int(queue.length), 1)
    Y.applyUpdate(to.doc, update!, this)
    return true
  }

  disconnect(peer: TestPeer): void {
    this.connected.delete(peer)
    for (const other of this.peers) {
      this.queue(peer, other).length = 0
      this.queue(other, peer).length = 0
    }
  }

  reconnect(peer: TestPeer): void {
    if (this.connected.has(peer)) return
    this.connected.add(peer)
    for (const other of this.peers) if (other !== peer && this.connected.has(other)) this.exchangeState(peer, other)
  }

  isConnected(peer: TestPeer): boolean {
    return this.connected.has(peer)
  }

  /** Everyone back online, every queue drained, every pair in step. */
  settle(): void {
    for (const peer of this.peers) this.reconnect(peer)
    while (this.deliverOne()) {
      // drain
    }
    for (const a of this.peers) for (const b of this.peers) if (a !== b) this.exchangeState(a, b)
  }

  private exchangeState(a: TestPeer, b: TestPeer) {
    Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc)), this)
    Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(b.doc, Y.encodeStateVector(a.doc)), this)
  }
}
