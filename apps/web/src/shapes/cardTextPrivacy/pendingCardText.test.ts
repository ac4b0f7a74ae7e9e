import { describe, expect, it } from 'vitest'
import { approvePendingCardText, getPendingCardText, judgeCardText, settleCardText } from './pendingCardText'

describe('pending card text', () => {
  it('shares ordinary text and holds text with a valid fødselsnummer until the writer decides', () => {
    expect(judgeCardText('shape:a', 'Søker om stønad')).toBe('share')
    expect(getPendingCardText('shape:a')).toBeUndefined()

    expect(judgeCardText('shape:a', 'Fnr 17056498702')).toBe('hold')
    expect(getPendingCardText('shape:a')?.hits).toEqual([{ kind: 'nationalId', start: 4, end: 15 }])

    // Removing the number shares the text and drops the draft.
    expect(judgeCardText('shape:a', 'Fnr ok')).toBe('share')
    expect(getPendingCardText('shape:a')).toBeUndefined()
  })

  it('after "Del likevel", the same number no longer warns on that card, a new one does', () => {
    expect(judgeCardText('shape:b', 'Ring 91234567')).toBe('hold')
    expect(approvePendingCardText('shape:b')).toBe('Ring 91234567')
    expect(getPendingCardText('shape:b')).toBeUndefined()
    expect(judgeCardText('shape:b', 'Ring 91234567 i dag')).toBe('share')
    expect(judgeCardText('shape:b', 'Ring 91234567 eller kari@nav.no')).toBe('hold')
    expect(getPendingCardText('shape:b')?.hits.map((hit) => hit.kind)).toEqual(['email'])
    // Approval is per card.
    expect(judgeCardText('shape:c', 'Ring 91234567')).toBe('hold')
  })

  it('does not flag ordinary 11-digit numbers', () => {
    expect(judgeCardText('shape:d', 'Saksnummer 12345678903', { final: true })).toBe('share')
    expect(judgeCardText('shape:d', 'Saksnummer 12345678903 er riktig')).toBe('share')
  })

  it('waits quietly while a number is typed at the end, so no prefix of it is shared', () => {
    for (const typed of ['Ring 9', 'Ring 912 ', 'Ring 912 34', 'Ring 9123456']) {
      expect(judgeCardText('shape:e', typed)).toBe('hold')
      expect(getPendingCardText('shape:e')).toEqual({ text: typed, hits: [] })
    }
    expect(judgeCardText('shape:e', 'Ring 91234567')).toBe('hold')
    expect(getPendingCardText('shape:e')?.hits).toHaveLength(1)
    expect(judgeCardText('shape:f', 'Skriv til kari@na')).toBe('hold')
    expect(getPendingCardText('shape:f')?.hits).toEqual([])
    // A short year at the end shares as soon as the next character comes, or when editing ends.
    expect(judgeCardText('shape:g', 'Frist i 2026')).toBe('hold')
    expect(settleCardText('shape:g')).toBe('Frist i 2026')
    expect(getPendingCardText('shape:g')).toBeUndefined()
    expect(judgeCardText('shape:g', 'Frist i 2026.')).toBe('share')
  })

  it('settling a draft with personal data keeps the warning', () => {
    judgeCardText('shape:h', 'Fnr 1705649870')
    expect(judgeCardText('shape:h', 'Fnr 17056498702')).toBe('hold')
    expect(settleCardText('shape:h')).toBeNull()
    expect(getPendingCardText('shape:h')?.hits).toHaveLength(1)
    expect(settleCardText('shape:none')).toBeNull()
  })

  it('approving with nothing pending returns null', () => {
    expect(approvePendingCardText('shape:none')).toBeNull()
  })
})
