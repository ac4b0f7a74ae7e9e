import { z } from 'zod'

/** Text written on a sticky note or a field: trimmed, never empty, short enough to fit on the canvas. */
export const noteTextSchema = z.string().trim().min(1, 'Write something here.').max(1000)

/** Optional free text (description, note): trimmed, may be empty. */
export const freeTextSchema = z.string().trim().max(4000)
