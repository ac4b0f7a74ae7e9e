import { useId, type ReactNode } from 'react'
import { useT } from '../i18n'

/**
 * One part of a report (a board's report, an agency's page across journeys): a heading, a sentence on how to read it, its CSV download (when it has a table)
 * and the content. Each section starts a new page when printed.
 */
export function ReportSection({
  id,
  heading,
  intro,
  csvName,
  onDownloadCsv,
  children,
}: {
  id: string
  heading: string
  intro?: ReactNode
  csvName?: string
  onDownloadCsv?: () => void
  children: ReactNode
}) {
  const t = useT()
  const headingId = useId()
  return (
    <section className="report-section" aria-labelledby={headingId} data-testid={`report-${id}`}>
      <div className="report-section__head">
        <h2 id={headingId} className="report-section__heading">
          {heading}
        </h2>
        {onDownloadCsv && csvName && (
          <button type="button" className="button button--secondary report-section__csv" onClick={onDownloadCsv} data-testid={`report-csv-${id}`}>
            <DownloadIcon />
            {t.reports.actions.csv}
            <span className="visually-hidden"> – {csvName}</span>
          </button>
        )}
      </div>
      {intro && <p className="report-section__intro">{intro}</p>}
      {children}
    </section>
  )
}

/** A sub-table's own heading and CSV button inside a section. */
export function ReportSubheading({ id, heading, csvName, onDownloadCsv }: { id: string; heading: string; csvName: string; onDownloadCsv: () => void }) {
  const t = useT()
  return (
    <div className="report-section__head report-section__head--sub">
      <h3 className="report-section__subheading">{heading}</h3>
      <button type="button" className="button button--secondary report-section__csv" onClick={onDownloadCsv} data-testid={`report-csv-${id}`}>
        <DownloadIcon />
        {t.reports.actions.csv}
        <span className="visually-hidden"> – {csvName}</span>
      </button>
    </div>
  )
}

export function DownloadIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
      <path d="M12 3v12" />
      <path d="m7 10 5 5 5-5" />
      <path d="M5 21h14" />
    </svg>
  )
}

/** "Skriv ut / lagre som PDF": the browser's print dialog; each page's print styles decide what goes on paper. */
export function PrintButton({ label, testId }: { label: string; testId: string }) {
  return (
    <button type="button" className="button button--secondary" onClick={() => window.print()} data-testid={testId}>
      <PrintIcon />
      {label}
    </button>
  )
}

function PrintIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
      <path d="M6 9V3h12v6" />
      <rect x="3" y="9" width="18" height="8" rx="2" />
      <path d="M6 14h12v7H6z" />
    </svg>
  )
}
