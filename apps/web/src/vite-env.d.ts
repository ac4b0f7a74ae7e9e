/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** tldraw licence key for production; without it tldraw shows its watermark. */
  readonly VITE_TLDRAW_LICENSE_KEY?: string
}

interface ImportMeta {
  readonly env: ImportMetaEnv
}
