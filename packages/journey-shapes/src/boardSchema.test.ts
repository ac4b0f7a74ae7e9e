import { describe, expect, it } from 'vitest'
import { BOARD_DOCUMENT_RECORD_TYPES, recordFieldsValidator, validateBoardRecord } from './boardSchema'
import { STEP_CARD_DEFAULT_PROPS } from './stepCard/stepCardSchema'

const stepCard = (props: object = {}) => ({
  id: 'shape:a',
  typeName: 'shape',
  type: 'step-card',
  x: 0,
  y: 0,
  rotation: 0,
  index: 'a1',
  parentId: 'page:page',
  isLocked: false,
  opacity: 1,
  meta: {},
  props: { ...STEP_CARD_DEFAULT_PROPS, ...props },
})

describe("the board's record schema, as the server uses it", () => {
  it('holds the document record types only', () => {
    expect([...BOARD_DOCUMENT_RECORD_TYPES].sort()).toEqual(['asset', 'binding', 'document', 'page', 'shape'])
  })

  it('validates whole records: a valid card passes, a wrong one, a pain point without owner or a camera does not', () => {
    expect(() => validateBoardRecord(stepCard({ text: 'Søker' }))).not.toThrow()
    expect(() => validateBoardRecord(stepCard({ channel: 'fax' }))).toThrow()
    expect(() => validateBoardRecord({ ...stepCard(), type: 'pain-point', props: { w: 240, h: 148, text: '', severity: 1, category: 'annet' } })).toThrow()
    expect(() => validateBoardRecord({ id: 'camera:x', typeName: 'camera', x: 0, y: 0, z: 1, meta: {} })).toThrow(/not a record a board holds/)
  })

  it('gives field-by-field validators for shapes and bindings it knows', () => {
    const card = recordFieldsValidator('shape', 'step-card')!
    expect(() => card.config.x!.validate(10)).not.toThrow()
    expect(() => card.config.x!.validate('left')).toThrow()
    const props = card.config.props as unknown as { config: Record<string, { validate(value: unknown): unknown }> }
    expect(() => props.config.emotion!.validate(2)).not.toThrow()
    expect(() => props.config.emotion!.validate(7)).toThrow()
    expect(recordFieldsValidator('binding', 'arrow')).toBeDefined()
    expect(recordFieldsValidator('shape', 'hologram')).toBeUndefined()
    expect(recordFieldsValidator('page', 'page')).toBeUndefined()
  })
})
