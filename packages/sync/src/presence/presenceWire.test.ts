import { createShapeId, createTLSchema, InstancePresenceRecordType, type TLShapeId } from '@tldraw/tlschema'
import { describe, expect, it } from 'vitest'
import { TEST_PAGE_ID } from '../testing/createTestStore'
import { fromWirePresence, toWirePresence } from './presenceWire'

const schema = createTLSchema()

describe('presence on the wire', () => {
  const presence = InstancePresenceRecordType.create({
    id: InstancePresenceRecordType.createId('42'),
    currentPageId: TEST_PAGE_ID,
    userId: 'person-1',
    userName: 'Kari (NAV)',
    color: '#d9480f',
    selectedShapeIds: [createShapeId('a') as TLShapeId],
    cursor: { x: 10.123456, y: 20.987654, type: 'default', rotation: 0 },
    lastActivityTimestamp: 1_700_000_123_456,
  })

  it('round-trips to a valid record with the sender’s id, coordinates rounded', () => {
    const wire = JSON.parse(JSON.stringify(toWirePresence(presence)))
    const back = fromWirePresence(42, wire)!
    expect(schema.types.instance_presence.validate(back)).toBeTruthy()
    expect(back.id).toBe(presence.id)
    expect(back.userName).toBe('Kari (NAV)')
    expect(back.selectedShapeIds).toEqual(presence.selectedShapeIds)
    expect(back.cursor).toEqual({ x: 10.12, y: 20.99, type: 'default', rotation: 0 })
  })

  it('is much smaller than the record, and never carries an id a peer could forge', () => {
    const wire = toWirePresence(presence)
    expect(JSON.stringify(wire).length).toBeLessThan(JSON.stringify(presence).length * 0.7)
    const forged = fromWirePresence(7, { ...wire, id: 'instance_presence:42' })!
    expect(forged.id).toBe(InstancePresenceRecordType.createId('7'))
  })

  it('rejects what is not an object', () => {
    for (const bad of [null, 'x', 3, [1]]) expect(fromWirePresence(1, bad)).toBeNull()
  })
})
