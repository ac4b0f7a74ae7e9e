import { useEffect, useRef } from 'react'
import { createPortal } from 'react-dom'
import { useT } from '../../i18n'
import { POSTER_PAGE, type PosterContent, type PosterSize } from './posterContent'
import './poster.css'

const PRINTING_CLASS = 'sammen-printing-poster'

/**
 * The journey as a wall poster, for the browser's print dialog (print, or "Save as PDF"): the page size set for
 * this print only, the board's title and situation, the journey fitted to the paper, the agencies' colours and
 * the date. Only the poster is printed while it is open; it closes itself when printing is done.
 */
export function PosterPrint({ size, content, date, onDone }: { size: PosterSize; content: PosterContent; date: string; onDone: () => void }) {
  const t = useT()
  const p = t.reports.exportMenu.poster
  const boardRef = useRef<HTMLDivElement>(null)

  useEffect(() => {
    const board = boardRef.current
    if (!board) return
    content.svg.setAttribute('preserveAspectRatio', 'xMidYMid meet')
    content.svg.removeAttribute('width')
    content.svg.removeAttribute('height')
    board.replaceChildren(content.svg)
    // The paper size is a property of the print, not of the app: set it while the poster is open.
    const page = document.createElement('style')
    page.textContent = `@page { size: ${POSTER_PAGE[size].widthMm}mm ${POSTER_PAGE[size].heightMm}mm; margin: 10mm; }`
    document.head.appendChild(page)
    document.body.classList.add(PRINTING_CLASS)
    const done = () => onDone()
    window.addEventListener('afterprint', done)
    // After the poster is laid out (and its fonts are in), so the dialog's preview shows it whole.
    let cancelled = false
    void document.fonts.ready.then(() =>
      requestAnimationFrame(() => {
        if (!cancelled) window.print()
      }),
    )
    return () => {
      cancelled = true
      window.removeEventListener('afterprint', done)
      document.body.classList.remove(PRINTING_CLASS)
      page.remove()
    }
  }, [content, size, onDone])

  return createPortal(
    <div className={`poster-print poster-print--${size}`} data-testid="poster-print" data-size={size}>
      <header className="poster-print__header">
        <h1 className="poster-print__title">{content.title}</h1>
        {content.subtitle !== '' && <p className="poster-print__subtitle">{content.subtitle}</p>}
      </header>
      <div ref={boardRef} className="poster-print__board" />
      <footer className="poster-print__footer">
        {content.legend.length > 0 && (
          <ul className="poster-print__legend" aria-label={p.legend} data-testid="poster-legend">
            {content.legend.map((agency) => (
              <li key={agency.id}>
                <span className="poster-print__swatch" style={{ background: agency.colour }} aria-hidden="true" />
                {agency.name}
              </li>
            ))}
          </ul>
        )}
        <p className="poster-print__made">{p.made(date)}</p>
      </footer>
    </div>,
    document.body,
  )
}
