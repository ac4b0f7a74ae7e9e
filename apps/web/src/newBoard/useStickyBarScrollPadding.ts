import { useEffect, type RefObject } from 'react'

/** Room between a focused element and the sticky bar's top edge. */
const GAP_PX = 16

/**
 * Keeps whatever gets focus clear of a sticky bar at the bottom of the page (WCAG 2.4.11, focus not obscured): the
 * page's scroll padding follows the bar's height, so the browser scrolls a newly focused element (Tab into the long
 * agency list) above the bar instead of under it. Measured, not a constant: the bar grows when it wraps on a
 * narrow screen or with large text.
 */
export function useStickyBarScrollPadding(barRef: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const bar = barRef.current
    if (!bar) return
    const root = document.documentElement
    const previous = root.style.scrollPaddingBottom
    const update = () => {
      root.style.scrollPaddingBottom = `${Math.ceil(bar.getBoundingClientRect().height) + GAP_PX}px`
    }
    update()
    const observer = new ResizeObserver(update)
    observer.observe(bar)
    return () => {
      observer.disconnect()
      root.style.scrollPaddingBottom = previous
    }
  }, [barRef])
}
