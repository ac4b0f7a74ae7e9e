import { describe, expect, it } from 'vitest'
import { measureKey, type MeasureOpts } from './measureMemo'

const opts: MeasureOpts = { fontFamily: 'var(--tl-font-sans)', fontSize: 17, lineHeight: 1.35, fontWeight: 'normal', fontStyle: 'normal', padding: '0px', maxWidth: 200 }

describe('measureKey', () => {
  it('is the same for the same options given in another order, as tldraw and this app build them differently', () => {
    const reordered: MeasureOpts = { maxWidth: 200, padding: '0px', fontStyle: 'normal', fontWeight: 'normal', lineHeight: 1.35, fontSize: 17, fontFamily: 'var(--tl-font-sans)' }
    expect(measureKey('Søke', reordered)).toBe(measureKey('Søke', opts))
    const styled = { ...opts, otherStyles: { 'min-width': 'min-content', 'text-align': 'left' } }
    expect(measureKey('Søke', { ...opts, otherStyles: { 'text-align': 'left', 'min-width': 'min-content' } })).toBe(measureKey('Søke', styled))
  })

  it('differs for anything that changes the measure', () => {
    const key = measureKey('Søke om barnetrygd', opts)
    for (const other of [
      measureKey('Søke om barnetrygd ', opts),
      measureKey('Søke om barnetrygd', { ...opts, maxWidth: 201 }),
      measureKey('Søke om barnetrygd', { ...opts, maxWidth: null }),
      measureKey('Søke om barnetrygd', { ...opts, fontSize: 18 }),
      measureKey('Søke om barnetrygd', { ...opts, fontWeight: 'bold' }),
      measureKey('Søke om barnetrygd', { ...opts, lineHeight: 1.3 }),
      measureKey('Søke om barnetrygd', { ...opts, fontFamily: 'var(--tl-font-draw)' }),
      measureKey('Søke om barnetrygd', { ...opts, otherStyles: { 'min-width': 'min-content' } }),
      measureKey('Søke om barnetrygd', { ...opts, measureScrollWidth: true }),
    ]) {
      expect(other).not.toBe(key)
    }
  })
})
