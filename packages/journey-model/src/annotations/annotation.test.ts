import { describe, expect, it } from 'vitest'
import { annotationSchema, createAnnotationId, FEELING_NAMES, FEELINGS } from './annotation'

const valid = {
  id: 'abcdef123456',
  targetShapeId: 'shape:step-1',
  feeling: 2,
  text: '  Jeg visste ikke hvem jeg skulle ringe.  ',
  author: { name: 'Kari', affiliation: 'innbygger' },
  createdAt: 1_763_900_000_000,
  handled: null,
}

describe('annotationSchema', () => {
  it('accepts a valid annotation and trims its text', () => {
    const parsed = annotationSchema.parse(valid)
    expect(parsed.text).toBe('Jeg visste ikke hvem jeg skulle ringe.')
    expect(annotationSchema.parse({ ...valid, handled: { by: 'Per', at: 1 } }).handled).toEqual({ by: 'Per', at: 1 })
  })

  it('refuses feelings outside 1–5, empty or overlong text and missing authors', () => {
    for (const feeling of [0, 6, 2.5, '3']) expect(annotationSchema.safeParse({ ...valid, feeling }).success).toBe(false)
    expect(annotationSchema.safeParse({ ...valid, text: '   ' }).success).toBe(false)
    expect(annotationSchema.safeParse({ ...valid, text: 'x'.repeat(501) }).success).toBe(false)
    expect(annotationSchema.safeParse({ ...valid, text: 'x'.repeat(500) }).success).toBe(true)
    expect(annotationSchema.safeParse({ ...valid, author: { name: '', affiliation: 'innbygger' } }).success).toBe(false)
    expect(annotationSchema.safeParse({ ...valid, id: 'bad id' }).success).toBe(false)
    expect(annotationSchema.safeParse({ ...valid, handled: undefined }).success).toBe(false)
  })

  it('names every point of the scale, worst first', () => {
    expect(FEELINGS.map((feeling) => FEELING_NAMES[feeling])).toEqual(['veldig dårlig', 'dårlig', 'både og', 'bra', 'veldig bra'])
  })

  it('creates ids the schema accepts', () => {
    const id = createAnnotationId()
    expect(annotationSchema.safeParse({ ...valid, id }).success).toBe(true)
    expect(createAnnotationId()).not.toBe(id)
  })
})
