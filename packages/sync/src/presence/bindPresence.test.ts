import { CameraRecordType, InstancePresenceRecordType, TLINSTANCE_ID, type TLStore } from '@tldraw/tlschema'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { Awareness } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { storeWithSession, TEST_PAGE_ID } from '../testing/createTestStore'
import { bindPresence, CAMERA_REST_MS, MOVING_CAMERA_INTERVAL_MS, PRESENCE_FIELD } from './bindPresence'
import { toWirePresence } from './presenceWire'

const cameraId = CameraRecordType.createId(TEST_PAGE_ID)
const moveCamera = (store: TLStore, x: number) => store.update(cameraId, (camera) => ({ ...camera, x }))

/** Pans the camera one step per animation frame for `ms`; returns how many presence messages went out meanwhile. */
function panFor(store: TLStore, awareness: Awareness, ms: number): number {
  let sent = 0
  const count = () => sent++
  awareness.on('update', count)
  for (let at = 0; at < ms; at += 16) {
    moveCamera(store, -at)
    vi.advanceTimersByTime(16)
  }
  awareness.off('update', count)
  return sent
}

/** Ola's presence as it arrives over awareness from his client, following `userId` or no one. */
const OLA_CLIENT_ID = 4242
function olaFollows(awareness: Awareness, userId: string | null) {
  const known = awareness.states.has(OLA_CLIENT_ID)
  const presence = InstancePresenceRecordType.create({
    id: InstancePresenceRecordType.createId(String(OLA_CLIENT_ID)),
    currentPageId: TEST_PAGE_ID,
    userId: 'ola',
    userName: 'Ola',
    followingUserId: userId,
  })
  awareness.states.set(OLA_CLIENT_ID, { [PRESENCE_FIELD]: toWirePresence(presence) })
  awareness.emit('change', [{ added: known ? [] : [OLA_CLIENT_ID], updated: known ? [OLA_CLIENT_ID] : [], removed: [] }, 'test'])
}

/** Kari's presence bound to a fresh store and awareness, past its first message. */
function kariBound() {
  const store = storeWithSession()
  const awareness = new Awareness(new Y.Doc())
  const binding = bindPresence({ store, awareness, user: { id: 'kari', name: 'Kari' } })
  vi.advanceTimersByTime(100)
  return { store, awareness, binding }
}

describe('presence while the camera moves', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('goes out a few times during a pan nobody follows, and once more with the camera at rest', () => {
    const { store, awareness, binding } = kariBound()

    const duringPan = panFor(store, awareness, 1_600)
    // Ten messages a second would be 48; at most one per MOVING_CAMERA_INTERVAL_MS, plus the pan's first.
    expect(duringPan).toBeLessThanOrEqual(Math.ceil(1_600 / MOVING_CAMERA_INTERVAL_MS) + 1)
    expect(duringPan).toBeGreaterThanOrEqual(2)

    vi.advanceTimersByTime(CAMERA_REST_MS + 50)
    const published = awareness.getLocalState()?.[PRESENCE_FIELD] as { camera?: { x: number } }
    expect(published.camera?.x).toBe(-1_600 + 16)
    binding.dispose()
  })

  it('goes out at the full rate while a peer follows this person, and slows down when they stop', () => {
    const { store, awareness, binding } = kariBound()

    olaFollows(awareness, 'kari')
    expect(panFor(store, awareness, 1_600)).toBeGreaterThanOrEqual(40)

    olaFollows(awareness, null)
    vi.advanceTimersByTime(1_000)
    expect(panFor(store, awareness, 1_600)).toBeLessThanOrEqual(5)
    binding.dispose()
  })

  it('sends a change that is not a camera move at the full rate', () => {
    const { store, awareness, binding } = kariBound()
    let sent = 0
    awareness.on('update', () => sent++)
    for (let i = 0; i < 20; i++) {
      store.update(TLINSTANCE_ID, (instance) => ({ ...instance, brush: { x: 0, y: 0, w: i + 1, h: 10 } }))
      vi.advanceTimersByTime(40)
    }
    expect(sent).toBeGreaterThanOrEqual(18)
    binding.dispose()
  })
})
