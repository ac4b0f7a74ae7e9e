import { useId, type ReactNode } from 'react'

/** A labelled native select: keyboard, screen readers and type-to-find work as everywhere else. */
export function OutlineSelect({
  label,
  value,
  onChange,
  disabled = false,
  invalid = false,
  describedBy,
  children,
  selectRef,
  testId,
}: {
  label: string
  value: string
  onChange: (value: string) => void
  disabled?: boolean
  invalid?: boolean
  describedBy?: string
  children: ReactNode
  selectRef?: React.Ref<HTMLSelectElement>
  testId?: string
}) {
  const id = useId()
  return (
    <div className="outline-field">
      <label htmlFor={id} className="outline-field__label">
        {label}
      </label>
      <select
        ref={selectRef}
        id={id}
        className="outline-field__control"
        value={value}
        disabled={disabled}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        data-testid={testId}
        onChange={(event) => onChange(event.target.value)}
      >
        {children}
      </select>
    </div>
  )
}
