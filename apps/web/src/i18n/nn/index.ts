import type { Dictionary } from '../nb'
import { nnJourney } from './journey'
import { nnWorkshop } from './workshop'
import { nnApp } from './app'

/** Nynorsk. */
export const nn: Dictionary = { ...nnJourney, ...nnWorkshop, ...nnApp }
