import { useEditor, useValue } from 'tldraw'
import { journeyPageKind, type JourneyPageKind } from './journeyPages'

/** What the page the person is looking at is for, live (the toolbar offers the tools that belong there). */
export function useJourneyPageKind(): JourneyPageKind {
  const editor = useEditor()
  return useValue('journey page kind', () => journeyPageKind(editor.getCurrentPageId()), [editor])
}
