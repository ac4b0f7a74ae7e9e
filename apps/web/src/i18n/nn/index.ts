import type { Dictionary } from '../nb'
import { nnJourney } from './journey'
import { nnWorkshop } from './workshop'
import { nnApp } from './app'
import { nnStages } from './stages'
import { nnLibrary } from './library'

/** Nynorsk. */
export const nn: Dictionary = { ...nnJourney, ...nnWorkshop, ...nnApp, ...nnStages, ...nnLibrary }
