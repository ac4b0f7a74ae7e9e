import { LIBRARY_QUERY_MAX } from '@sammen/protocol'
import { useEffect, useId, useState, type FormEvent } from 'react'
import { useT } from '../i18n'

/**
 * The card search: a search landmark with a labelled field and a button. The query goes into the address on submit
 * (a new history entry, so Back returns to the previous search), not on every key.
 */
export function CardSearchForm({ query, onSearch }: { query: string; onSearch: (next: string) => void }) {
  const t = useT()
  const s = t.library.search
  const [draft, setDraft] = useState(query)
  const inputId = useId()
  const hintId = useId()
  // Back/forward changes the query in the address: the field follows.
  useEffect(() => setDraft(query), [query])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    onSearch(draft.trim())
  }
  return (
    <form role="search" className="library-search" onSubmit={submit} aria-labelledby={`${inputId}-label`} data-testid="library-search">
      <label id={`${inputId}-label`} htmlFor={inputId} className="library-search__label">
        {s.label}
      </label>
      <p id={hintId} className="library-search__hint">
        {s.hint}
      </p>
      <div className="library-search__row">
        <input
          id={inputId}
          className="text-input library-search__input"
          type="search"
          value={draft}
          maxLength={LIBRARY_QUERY_MAX}
          onChange={(event) => setDraft(event.target.value)}
          aria-describedby={hintId}
          data-testid="library-search-input"
        />
        <button type="submit" className="button button--primary" data-testid="library-search-submit">
          {s.submit}
        </button>
        {query !== '' && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setDraft('')
              onSearch('')
            }}
            data-testid="library-search-clear"
          >
            {s.clear}
          </button>
        )}
      </div>
    </form>
  )
}
