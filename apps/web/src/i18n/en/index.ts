import type { Dictionary } from '../nb'
import { enJourney } from './journey'
import { enWorkshop } from './workshop'
import { enApp } from './app'
import { enStages } from './stages'
import { enLibrary } from './library'

/** English. */
export const en: Dictionary = { ...enJourney, ...enWorkshop, ...enApp, ...enStages, ...enLibrary }
