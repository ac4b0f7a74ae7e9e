import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { TLDRAW_NYNORSK, tldrawLocale, tldrawTranslationOverrides } from './tldrawNynorsk'

const require = createRequire(import.meta.url)
const assetsDir = path.dirname(require.resolve('@tldraw/assets/package.json'))
const bokmal = JSON.parse(readFileSync(path.join(assetsDir, 'translations/no.json'), 'utf8')) as Record<string, string>

describe('tldraw in nynorsk', () => {
  it('overrides only keys tldraw still has, and keeps their placeholders', () => {
    for (const [key, text] of Object.entries(TLDRAW_NYNORSK)) {
      expect(bokmal, key).toHaveProperty([key])
      expect(text.match(/\{\w+\}/g) ?? [], key).toEqual(bokmal[key]!.match(/\{\w+\}/g) ?? [])
    }
  })

  it('differs from bokmål where it overrides (an identical text needs no override)', () => {
    const same = Object.entries(TLDRAW_NYNORSK).filter(([key, text]) => bokmal[key] === text)
    expect(same).toEqual([])
  })

  it('applies to the locale tldraw gets for nynorsk, and only for nynorsk', () => {
    expect(tldrawTranslationOverrides('nn')[tldrawLocale('nn')]).toMatchObject(TLDRAW_NYNORSK)
    expect(tldrawTranslationOverrides('nb')).toEqual({ no: {}, en: {} })
    expect(tldrawTranslationOverrides('en')).toEqual({ en: {} })
  })

  it("gives Sammen's own keys in the locale tldraw uses, and in the English it starts with", () => {
    const own = { 'tool.step-card': 'Steg' }
    expect(tldrawTranslationOverrides('nb', own)).toEqual({ no: own, en: own })
    expect(tldrawTranslationOverrides('nn', own).no).toMatchObject({ ...own, 'tool.select': TLDRAW_NYNORSK['tool.select'] })
    expect(tldrawTranslationOverrides('en', { 'tool.step-card': 'Step' })).toEqual({ en: { 'tool.step-card': 'Step' } })
  })
})
