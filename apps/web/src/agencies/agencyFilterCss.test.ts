import { describe, expect, it } from 'vitest'
import { agencyFilterCss, DIMMED_CARD_OPACITY } from './agencyFilterCss'

describe('agencyFilterCss', () => {
  it('writes nothing when no agency is chosen', () => {
    expect(agencyFilterCss([], '.board-canvas')).toBe('')
  })

  it('dims cards that name none of the chosen agencies, matching whole words of the attribute', () => {
    expect(agencyFilterCss(['nav', 'kartverket'], '.board-canvas')).toBe(
      `.board-canvas [data-agency-ids]:not([data-agency-ids~="nav"]):not([data-agency-ids~="kartverket"]) { opacity: ${DIMMED_CARD_OPACITY}; filter: saturate(0.3); }`,
    )
  })

  it('escapes ids so that no id can break out of the rule', () => {
    const css = agencyFilterCss(['a"] * { display: none } ['], '.board-canvas')
    expect(css).toContain('[data-agency-ids~="a\\"]')
    expect(css.match(/\{/g)).toHaveLength(2)
  })
})
