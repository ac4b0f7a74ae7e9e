import { createTLSchema, defaultShapeSchemas, type TLRecord } from '@tldraw/tlschema'
import { describe, expect, it } from 'vitest'
import { PAIN_POINT_DEFAULT_PROPS, STEP_CARD_DEFAULT_PROPS, sammenShapeSchemas } from './index'

const schema = createTLSchema({ shapes: { ...defaultShapeSchemas, ...sammenShapeSchemas } })

function shapeRecord(type: string, props: object): TLRecord {
  return {
    id: `shape:${type}-1`,
    typeName: 'shape',
    type,
    x: 100,
    y: 200,
    rotation: 0,
    index: 'a1',
    parentId: 'page:page',
    isLocked: false,
    opacity: 1,
    meta: {},
    props,
  } as unknown as TLRecord
}

/** Validates the way a store (or a server) would: through the schema's record type. */
function validate(record: TLRecord) {
  return schema.types.shape.validate(record)
}

const goodPainPoint = { ...PAIN_POINT_DEFAULT_PROPS, text: 'Må sende samme papirer to ganger', ownerAgencyId: 'kommunen', severity: 3 }
const goodStepCard = { ...STEP_CARD_DEFAULT_PROPS, text: 'Søker om barnehageplass', agencyId: 'kommunen', emotion: -1 }

describe('sammenShapeSchemas in a tldraw schema', () => {
  it('registers both shapes next to the default ones, with migration sequences', () => {
    const sequences = schema.serialize().sequences
    expect(sequences['com.tldraw.shape.step-card']).toBe(0)
    expect(sequences['com.tldraw.shape.pain-point']).toBe(0)
    expect(sequences['com.tldraw.shape.geo']).toBeGreaterThan(0)
  })

  it('accepts well-formed step cards, also without an agency or an emotion', () => {
    expect(() => validate(shapeRecord('step-card', goodStepCard))).not.toThrow()
    expect(() => validate(shapeRecord('step-card', STEP_CARD_DEFAULT_PROPS))).not.toThrow()
    expect(() => validate(shapeRecord('step-card', { ...goodStepCard, channel: 'oppmøte', emotion: 2 }))).not.toThrow()
  })

  it('rejects step cards with an emotion outside −2…+2, an unknown channel or a malformed agency id', () => {
    expect(() => validate(shapeRecord('step-card', { ...goodStepCard, emotion: 3 }))).toThrow()
    expect(() => validate(shapeRecord('step-card', { ...goodStepCard, emotion: 0.5 }))).toThrow()
    expect(() => validate(shapeRecord('step-card', { ...goodStepCard, channel: 'fax' }))).toThrow()
    expect(() => validate(shapeRecord('step-card', { ...goodStepCard, agencyId: 'not an id' }))).toThrow()
    expect(() => validate(shapeRecord('step-card', { ...goodStepCard, w: 0 }))).toThrow()
    expect(() => validate(shapeRecord('step-card', { ...goodStepCard, h: -10 }))).toThrow()
  })

  it('accepts a pain point with an owner, severity and category', () => {
    expect(() => validate(shapeRecord('pain-point', goodPainPoint))).not.toThrow()
    expect(() => validate(shapeRecord('pain-point', { ...goodPainPoint, category: 'kasteball', severity: 1 }))).not.toThrow()
  })

  it('rejects a pain point without an owner', () => {
    expect(() => validate(shapeRecord('pain-point', { ...goodPainPoint, ownerAgencyId: '' }))).toThrow(/ownerAgencyId/)
    const { ownerAgencyId: _owner, ...withoutOwner } = goodPainPoint
    expect(() => validate(shapeRecord('pain-point', withoutOwner))).toThrow(/ownerAgencyId/)
  })

  it('rejects a pain point with an unknown severity or category, or an extra prop', () => {
    expect(() => validate(shapeRecord('pain-point', { ...goodPainPoint, severity: 4 }))).toThrow(/severity/)
    expect(() => validate(shapeRecord('pain-point', { ...goodPainPoint, category: 'slow' }))).toThrow(/category/)
    expect(() => validate(shapeRecord('pain-point', { ...goodPainPoint, colour: '#ff0000' }))).toThrow()
  })

  it('reads a board written before these shapes existed as compatible (nothing to migrate)', () => {
    const before = createTLSchema({ shapes: defaultShapeSchemas }).serialize()
    const migrations = schema.getMigrationsSince(before)
    expect(migrations.ok).toBe(true)
    if (migrations.ok) expect(migrations.value).toEqual([])
  })
})
