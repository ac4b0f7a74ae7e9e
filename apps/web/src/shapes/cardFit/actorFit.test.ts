import { describe, expect, it } from 'vitest'
import { ACTOR_NAME_STYLE, actorTextWidth, fittedActorHeight, type MeasureActorText } from './actorFit'

// Lines of 20 characters at most, each line the style's line height: enough to count by hand.
const lines: MeasureActorText = (text, _width, style) => Math.ceil(text.length / 20) * style.fontSize * style.lineHeight

describe('fittedActorHeight', () => {
  const oneLine = fittedActorHeight({ w: 260, shownName: 'NAV', needs: '' }, lines)

  it('grows by one name line for each line the name wraps to', () => {
    const twoLines = fittedActorHeight({ w: 260, shownName: 'Arbeids- og velferdsetaten', needs: '' }, lines)
    // 22.5 px, rounded up with the rest of the card.
    expect(Math.abs(twoLines - oneLine - ACTOR_NAME_STYLE.fontSize * ACTOR_NAME_STYLE.lineHeight)).toBeLessThanOrEqual(1)
  })

  it('makes room for the information needs only when there are some, every line of them', () => {
    const withNeeds = fittedActorHeight({ w: 260, shownName: 'NAV', needs: 'Informasjonsbehov: inntekt' }, lines)
    const longer = fittedActorHeight({ w: 260, shownName: 'NAV', needs: 'Informasjonsbehov: inntekt, gjeld og adresse' }, lines)
    expect(withNeeds).toBeGreaterThan(oneLine)
    expect(longer).toBeGreaterThan(withNeeds)
  })

  it('keeps one name line for an empty name, and measures inside the padding and border', () => {
    expect(fittedActorHeight({ w: 260, shownName: '', needs: '' }, lines)).toBe(oneLine)
    expect(actorTextWidth(260)).toBe(230)
  })
})
