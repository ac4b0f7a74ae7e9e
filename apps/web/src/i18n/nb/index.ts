import { nbJourney } from './journey'
import { nbWorkshop } from './workshop'
import { nbApp } from './app'
import { nbStages } from './stages'
import { nbLibrary } from './library'

/** Bokmål: the default language, and the shape every other dictionary must match. In parts by area, each well under 500 lines. */
export const nb = { ...nbJourney, ...nbWorkshop, ...nbApp, ...nbStages, ...nbLibrary }

export type Dictionary = typeof nb
