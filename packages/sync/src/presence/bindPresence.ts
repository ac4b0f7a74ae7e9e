import { atom, computed, react } from '@tldraw/state'
import {
  createPresenceStateDerivation,
  InstancePresenceRecordType,
  type TLInstancePresence,
  type TLPresenceUserInfo,
  type TLStore,
} from '@tldraw/tlschema'
import type { Awareness } from 'y-protocols/awareness'
import { presenceMetaOf, type PresenceUserInfo } from './presencePerson'
import { fromWirePresence, toWirePresence } from './presenceWire'

export interface PresenceBinding {
  setUser(user: PresenceUserInfo): void
  dispose(): void
}

/** The awareness field that carries a peer's tldraw presence record (cursor, selection, name, colour). */
export const PRESENCE_FIELD = 'presence'

/** The camera counts as at rest once it has not moved for this long. */
export const CAMERA_REST_MS = 150
/** While the camera moves and nobody follows this person, presence goes out at most this often. */
export const MOVING_CAMERA_INTERVAL_MS = 500

type PresenceCamera = TLInstancePresence['camera'] | undefined
const sameCamera = (a: PresenceCamera, b: PresenceCamera) => a === b || (!!a && !!b && a.x === b.x && a.y === b.y && a.z === b.z)

/**
 * Publishes this person's presence (cursor, selection, viewport, name, colour) over Yjs awareness, at most
 * once per `throttleMs`, and mirrors other people's presence into the store as instance_presence records,
 * which tldraw draws as live cursors and selections.
 *
 * While this person's camera moves (a pan or zoom changes the camera and the cursor's page position in every
 * frame) and nobody follows them, presence goes out at most every `MOVING_CAMERA_INTERVAL_MS` and once more when
 * the camera comes to rest: each message costs a BroadcastChannel and a websocket send on the main thread, about a
 * millisecond each on a busy laptop, inside the frames of the pan. Someone who follows needs the camera live, so
 * while a peer's presence says it follows this person, the throttle is `throttleMs` again.
 */
export function bindPresence(options: {
  store: TLStore
  awareness: Awareness
  user: PresenceUserInfo
  throttleMs?: number
}): PresenceBinding {
  const { store, awareness } = options
  const throttleMs = options.throttleMs ?? 33
  const $user = atom('sammen presence user', options.user)
  const ownId = InstancePresenceRecordType.createId(String(awareness.clientID))
  // tldraw draws `userName` next to the cursor, so it gets the label; the plain name and the agency
  // travel in `meta` for the people list.
  const $tldrawUser = computed<TLPresenceUserInfo>('sammen presence tldraw user', () => {
    const user = $user.get()
    return { id: user.id, name: user.label ?? user.name ?? null, color: user.color ?? null }
  })
  const $basePresence = createPresenceStateDerivation($tldrawUser, ownId)(store)
  const $presence = computed<TLInstancePresence | null>('sammen presence', () => {
    const presence = $basePresence.get()
    return presence && { ...presence, meta: presenceMetaOf($user.get()) }
  })
  // The user ids that peers' viewports follow now (their presence's `followingUserId`).
  const $followedByPeers = atom<ReadonlySet<string>>('sammen presence followed by peers', new Set())
  const $followed = computed('sammen presence followed', () => $followedByPeers.get().has($user.get().id))
  let timer: ReturnType<typeof setTimeout> | null = null
  let lastSentAt = 0
  let lastCamera: TLInstancePresence['camera'] | undefined
  let lastCameraMoveAt = 0
  let scheduledFollowed = false

  const nextPublishAt = () => {
    if ($followed.get() || Date.now() - lastCameraMoveAt >= CAMERA_REST_MS) return lastSentAt + throttleMs
    return Math.min(lastSentAt + MOVING_CAMERA_INTERVAL_MS, lastCameraMoveAt + CAMERA_REST_MS)
  }
  const schedule = () => {
    scheduledFollowed = $followed.get()
    timer = setTimeout(publishWhenDue, Math.max(0, nextPublishAt() - Date.now()))
  }
  const publishWhenDue = () => {
    timer = null
    // The camera moved again since this was scheduled: its rest is later now.
    if (nextPublishAt() > Date.now()) return schedule()
    lastSentAt = Date.now()
    const presence = $presence.get()
    awareness.setLocalStateField(PRESENCE_FIELD, presence ? toWirePresence(presence) : null)
  }
  const stopReacting = react('publish sammen presence', () => {
    const presence = $presence.get()
    const followed = $followed.get()
    if (!sameCamera(presence?.camera, lastCamera)) {
      // The first camera is where the person starts, not a move.
      if (lastCamera !== undefined) lastCameraMoveAt = Date.now()
      lastCamera = presence?.camera
    }
    // A waiting message goes out with the newest presence; a new follower makes it due sooner.
    if (timer && followed === scheduledFollowed) return
    if (timer) clearTimeout(timer)
    schedule()
  })

  const presenceType = store.schema.types.instance_presence
  const onChange = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }) => {
    const puts: TLInstancePresence[] = []
    const removals: TLInstancePresence['id'][] = []
    const states = awareness.getStates()
    const followed = new Set<string>()
    for (const [clientId, state] of states) {
      const following = clientId === awareness.clientID ? null : (state?.[PRESENCE_FIELD] as { followingUserId?: unknown } | undefined)?.followingUserId
      if (typeof following === 'string') followed.add(following)
    }
    const before = $followedByPeers.get()
    if (followed.size !== before.size || [...followed].some((userId) => !before.has(userId))) $followedByPeers.set(followed)
    for (const clientId of [...added, ...updated]) {
      if (clientId === awareness.clientID) continue
      const id = InstancePresenceRecordType.createId(String(clientId))
      // A peer only speaks for itself: the record id is derived from its own client id, never sent.
      const candidate = fromWirePresence(clientId, states.get(clientId)?.[PRESENCE_FIELD])
      if (!candidate) {
        if (store.has(id)) removals.push(id)
        continue
      }
      try {
        puts.push(presenceType.validate(candidate) as TLInstancePresence)
      } catch {
        // A malformed presence from a peer is ignored; its document edits are unaffected.
      }
    }
    for (const clientId of removed) {
      const id = InstancePresenceRecordType.createId(String(clientId))
      if (store.has(id)) removals.push(id)
    }
    if (puts.length === 0 && removals.length === 0) return
    store.mergeRemoteChanges(() => {
      if (removals.length > 0) store.remove(removals)
      if (puts.length > 0) store.put(puts)
    })
  }
  awareness.on('change', onChange)
  // Peers that were already here before we bound.
  onChange({ added: [...awareness.getStates().keys()], updated: [], removed: [] })

  return {
    setUser(user) {
      $user.set(user)
    },
    dispose() {
      stopReacting()
      if (timer) clearTimeout(timer)
      awareness.off('change', onChange)
      awareness.setLocalStateField(PRESENCE_FIELD, null)
      const others = store.query.records('instance_presence').get().map((record) => record.id)
      if (others.length > 0) store.mergeRemoteChanges(() => store.remove(others))
    },
  }
}
