import { describe, expect, it } from 'vitest'
import { copyTitle } from './copyTitle'

const DEC_6 = new Date(2026, 11, 6, 10, 30).getTime()

describe('copyTitle', () => {
  it('says a copy is one, in each language', () => {
    expect(copyTitle('Bygge hus', { kind: 'copy' }, 'nb', [], 'Uten tittel')).toBe('Bygge hus (kopi)')
    expect(copyTitle('Bygge hus', { kind: 'copy' }, 'nn', [], 'Utan tittel')).toBe('Bygge hus (kopi)')
    expect(copyTitle('Bygge hus', { kind: 'copy' }, 'en', [], 'Untitled')).toBe('Bygge hus (copy)')
  })

  it('dates a board from an imported file in the UI language', () => {
    expect(copyTitle('Bygge hus', { kind: 'from-file', at: DEC_6 }, 'nb', [], '')).toBe('Bygge hus (fra fil 6. des.)')
    expect(copyTitle('Bygge hus', { kind: 'from-file', at: DEC_6 }, 'nn', [], '')).toBe('Bygge hus (frå fil 6. des.)')
    expect(copyTitle('Bygge hus', { kind: 'from-file', at: DEC_6 }, 'en', [], '')).toBe('Bygge hus (from file Dec 6)')
  })

  it('names the to-be journey of an as-is board, in each language, numbered like copies', () => {
    expect(copyTitle('Bygge hus', { kind: 'to-be' }, 'nb', [], '')).toBe('Bygge hus – ønsket')
    expect(copyTitle('Bygge hus', { kind: 'to-be' }, 'nn', [], '')).toBe('Bygge hus – ønskt')
    expect(copyTitle('Bygge hus', { kind: 'to-be' }, 'en', [], '')).toBe('Bygge hus – to-be')
    expect(copyTitle('Bygge hus', { kind: 'to-be' }, 'nb', ['Bygge hus – ønsket'], '')).toBe('Bygge hus – ønsket 2')
  })

  it('numbers a copy whose title this browser already holds', () => {
    const taken = ['Bygge hus', 'Bygge hus (kopi)', 'Bygge hus (kopi 2)']
    expect(copyTitle('Bygge hus', { kind: 'copy' }, 'nb', taken, '')).toBe('Bygge hus (kopi 3)')
    expect(copyTitle('Bygge hus', { kind: 'from-file', at: DEC_6 }, 'nb', ['Bygge hus (fra fil 6. des.)'], '')).toBe('Bygge hus (fra fil 6. des., 2)')
  })

  it('counts on from the original instead of stacking suffixes', () => {
    expect(copyTitle('Bygge hus (kopi)', { kind: 'copy' }, 'nb', ['Bygge hus (kopi)'], '')).toBe('Bygge hus (kopi 2)')
    expect(copyTitle('Bygge hus (kopi 4)', { kind: 'copy' }, 'nb', [], '')).toBe('Bygge hus (kopi)')
  })

  it('names an untitled original and stays within the title limit', () => {
    expect(copyTitle('  ', { kind: 'copy' }, 'nb', [], 'Uten tittel')).toBe('Uten tittel (kopi)')
    const long = copyTitle('x'.repeat(200), { kind: 'copy' }, 'nb', [], '')
    expect(long).toHaveLength(200)
    expect(long.endsWith(' (kopi)')).toBe(true)
  })
})
