import { createTLSchema, defaultShapeSchemas, type TLRecord } from '@tldraw/tlschema'
import { describe, expect, it } from 'vitest'
import {
  ACTOR_DEFAULT_PROPS,
  BENEFIT_DEFAULT_PROPS,
  OPPORTUNITY_DEFAULT_PROPS,
  PAIN_POINT_DEFAULT_PROPS,
  STEP_CARD_DEFAULT_PROPS,
  sammenShapeSchemas,
} from './index'

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
    expect(sequences['com.tldraw.shape.step-card']).toBe(1)
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

  it('gives step cards written before durations existed an empty duration, and takes it away for older clients', () => {
    const { duration: _duration, ...version0Props } = goodStepCard
    const before = { ...schema.serialize(), sequences: { ...schema.serialize().sequences, 'com.tldraw.shape.step-card': 0 } }
    const old = shapeRecord('step-card', version0Props)
    expect(() => validate(old)).toThrow(/duration/)
    const migrated = schema.migratePersistedRecord(old, before, 'up')
    expect(migrated.type).toBe('success')
    if (migrated.type !== 'success') return
    expect(migrated.value).toMatchObject({ props: { ...version0Props, duration: '' } })
    expect(() => validate(migrated.value)).not.toThrow()
    const down = schema.migratePersistedRecord(shapeRecord('step-card', { ...goodStepCard, duration: '3 uker' }), before, 'down')
    expect(down.type === 'success' && 'duration' in (down.value as { props: object }).props).toBe(false)
  })

  it('reads a board written before these shapes existed as compatible (nothing to migrate)', () => {
    const before = createTLSchema({ shapes: defaultShapeSchemas }).serialize()
    const migrations = schema.getMigrationsSince(before)
    expect(migrations.ok).toBe(true)
    // Only migrations of the shapes themselves: a board without them has no records they would touch.
    if (migrations.ok) expect(migrations.value.map((migration) => migration.id)).toEqual(['com.tldraw.shape.step-card/1'])
  })
})

const goodOpportunity = { ...OPPORTUNITY_DEFAULT_PROPS, text: 'Del tegningene med banken', agencyIds: ['kommunen', 'husbanken'] }
const goodBenefit = { ...BENEFIT_DEFAULT_PROPS, text: 'Slipper å sende papirene to ganger', landsWith: 'personen', contributorIds: ['nav'] }
const goodActor = { ...ACTOR_DEFAULT_PROPS, agencyId: 'kartverket', interest: 'stor', influence: 'liten', informationNeeds: 'Skjøtet', followUp: 'Møte i mars' }

describe('opportunity, benefit and actor cards in a tldraw schema', () => {
  it('registers the three shapes with migration sequences', () => {
    const sequences = schema.serialize().sequences
    expect(sequences['com.tldraw.shape.opportunity']).toBe(0)
    expect(sequences['com.tldraw.shape.benefit']).toBe(0)
    expect(sequences['com.tldraw.shape.actor']).toBe(0)
  })

  it('accepts opportunities with or without agencies, and rejects malformed agency ids or extra props', () => {
    expect(() => validate(shapeRecord('opportunity', goodOpportunity))).not.toThrow()
    expect(() => validate(shapeRecord('opportunity', OPPORTUNITY_DEFAULT_PROPS))).not.toThrow()
    expect(() => validate(shapeRecord('opportunity', { ...goodOpportunity, agencyIds: ['nav', ''] }))).toThrow(/agencyIds/)
    expect(() => validate(shapeRecord('opportunity', { ...goodOpportunity, agencyIds: 'nav' }))).toThrow(/agencyIds/)
    expect(() => validate(shapeRecord('opportunity', { ...goodOpportunity, painPointIds: [] }))).toThrow()
    expect(() => validate(shapeRecord('opportunity', { ...goodOpportunity, w: 0 }))).toThrow()
  })

  it('accepts a benefit that lands with the person, an agency or nobody yet', () => {
    expect(() => validate(shapeRecord('benefit', goodBenefit))).not.toThrow()
    expect(() => validate(shapeRecord('benefit', { ...goodBenefit, landsWith: 'kommunen', contributorIds: [] }))).not.toThrow()
    expect(() => validate(shapeRecord('benefit', BENEFIT_DEFAULT_PROPS))).not.toThrow()
  })

  it('rejects a benefit landing with a malformed id or with malformed contributors', () => {
    expect(() => validate(shapeRecord('benefit', { ...goodBenefit, landsWith: 'the person' }))).toThrow(/landsWith/)
    expect(() => validate(shapeRecord('benefit', { ...goodBenefit, contributorIds: ['no such id!'] }))).toThrow(/contributorIds/)
    const { landsWith: _landsWith, ...withoutBeneficiary } = goodBenefit
    expect(() => validate(shapeRecord('benefit', withoutBeneficiary))).toThrow(/landsWith/)
  })

  it('accepts actors for an agency or named on their own, on the four-step scale', () => {
    expect(() => validate(shapeRecord('actor', goodActor))).not.toThrow()
    expect(() => validate(shapeRecord('actor', { ...ACTOR_DEFAULT_PROPS, name: 'Personen', interest: 'ingen' }))).not.toThrow()
    // Whether a named actor has a name is a rule of the journey, not of the record: a new card starts empty.
    expect(() => validate(shapeRecord('actor', ACTOR_DEFAULT_PROPS))).not.toThrow()
  })

  it('rejects actors with a level outside ingen/liten/middels/stor, a malformed agency id or missing fields', () => {
    expect(() => validate(shapeRecord('actor', { ...goodActor, interest: 'høy' }))).toThrow(/interest/)
    expect(() => validate(shapeRecord('actor', { ...goodActor, influence: 3 }))).toThrow(/influence/)
    expect(() => validate(shapeRecord('actor', { ...goodActor, agencyId: 'Kart verket' }))).toThrow(/agencyId/)
    const { followUp: _followUp, ...withoutFollowUp } = goodActor
    expect(() => validate(shapeRecord('actor', withoutFollowUp))).toThrow(/followUp/)
  })
})
