import { describe, expect, it } from 'vitest'
import { cardPath } from '../routing/router'
import { readCardLink, withoutCardLink } from './cardLink'

describe('card links', () => {
  it("read back the shape id routing's cardPath puts in", () => {
    const search = new URL(cardPath('tavle-1', 'shape:fa-barn.step.fodsel'), 'http://sammen.test').search
    expect(readCardLink(search)).toBe('shape:fa-barn.step.fodsel')
  })

  it('ignore what is not a shape id', () => {
    expect(readCardLink('')).toBeNull()
    expect(readCardLink('?kort=')).toBeNull()
    expect(readCardLink('?kort=page:page')).toBeNull()
    expect(readCardLink('?kort=shape:<script>')).toBeNull()
    expect(readCardLink(`?kort=shape:${'a'.repeat(201)}`)).toBeNull()
  })

  it('leave the rest of the query when the link is taken out', () => {
    expect(withoutCardLink('?kort=shape:a')).toBe('')
    expect(withoutCardLink('?e2e&kort=shape:a')).toBe('?e2e=')
    expect(withoutCardLink('?etat=nav')).toBe('?etat=nav')
  })
})
