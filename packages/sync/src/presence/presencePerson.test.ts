import { createTLSchema, InstancePresenceRecordType, type TLInstancePresence } from '@tldraw/tlschema'
import { describe, expect, it } from 'vitest'
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { storeWithSession, TEST_PAGE_ID } from '../testing/createTestStore'
import { bindPresence } from './bindPresence'
import { presenceMetaOf, presencePerson } from './presencePerson'
import { fromWirePresence, toWirePresence } from './presenceWire'

const schema = createTLSchema()

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('agency in presence', () => {
  it('travels in meta on the compact wire and is read back', () => {
    const presence = InstancePresenceRecordType.create({
      id: InstancePresenceRecordType.createId('7'),
      currentPageId: TEST_PAGE_ID,
      userId: 'person-1',
      userName: 'Kari (NAV)',
      color: '#d9480f',
      meta: presenceMetaOf({ id: 'person-1', name: 'Kari', label: 'Kari (NAV)', agencyId: 'nav' }),
    })
    const back = fromWirePresence(7, JSON.parse(JSON.stringify(toWirePresence(presence))))!
    expect(schema.types.instance_presence.validate(back)).toBeTruthy()
    expect(presencePerson(back)).toEqual({ id: 'person-1', name: 'Kari', color: '#d9480f', agencyId: 'nav', citizen: false })
  })

  it('leaves meta off the wire for a person without agency or label', () => {
    const meta = presenceMetaOf({ id: 'p', name: 'Ola' })
    expect(meta).toEqual({})
    const presence = InstancePresenceRecordType.create({
      id: InstancePresenceRecordType.createId('1'),
      currentPageId: TEST_PAGE_ID,
      userId: 'p',
      userName: 'Ola',
      meta,
    })
    expect('meta' in toWirePresence(presence)).toBe(false)
    expect(presencePerson(presence)).toMatchObject({ name: 'Ola', agencyId: null, citizen: false })
  })

  it('marks a citizen / user panel member', () => {
    expect(presenceMetaOf({ id: 'p', name: 'Siri', label: 'Siri (Innbygger)', agencyId: null })).toEqual({ name: 'Siri', citizen: true })
  })

  it('ignores a peer meta that is not short text', () => {
    const presence = { userId: 'x', userName: 'X', color: '#000', meta: { name: 'y'.repeat(500), agencyId: 3 } }
    expect(presencePerson(presence as unknown as TLInstancePresence)).toMatchObject({ name: 'X', agencyId: null })
  })

  it('shows the label at the cursor and the plain name and agency to the people list', async () => {
    const [docA, docB] = [new Y.Doc(), new Y.Doc()]
    const [awarenessA, awarenessB] = [new Awareness(docA), new Awareness(docB)]
    awarenessA.on('update', ({ added, updated }: { added: number[]; updated: number[] }) => {
      applyAwarenessUpdate(awarenessB, encodeAwarenessUpdate(awarenessA, [...added, ...updated]), 'test')
    })
    const [storeA, storeB] = [storeWithSession(), storeWithSession()]
    const a = bindPresence({
      store: storeA,
      awareness: awarenessA,
      user: { id: 'kari', name: 'Kari', label: 'Kari (NAV)', color: '#c2410c', agencyId: 'nav' },
      throttleMs: 0,
    })
    const b = bindPresence({ store: storeB, awareness: awarenessB, user: { id: 'ola', name: 'Ola' }, throttleMs: 0 })
    await wait(20)
    const seen = storeB.query.records('instance_presence').get()
    expect(seen).toHaveLength(1)
    expect(seen[0]!.userName).toBe('Kari (NAV)')
    expect(seen[0]!.color).toBe('#c2410c')
    expect(presencePerson(seen[0]!)).toMatchObject({ id: 'kari', name: 'Kari', agencyId: 'nav' })

    a.setUser({ id: 'kari', name: 'Kari N.', label: 'Kari N. (Skatteetaten)', color: '#15803d', agencyId: 'skatteetaten' })
    await wait(20)
    const updated = storeB.query.records('instance_presence').get()[0]!
    expect(updated.userName).toBe('Kari N. (Skatteetaten)')
    expect(presencePerson(updated)).toMatchObject({ name: 'Kari N.', agencyId: 'skatteetaten' })
    a.dispose()
    b.dispose()
  })
})
