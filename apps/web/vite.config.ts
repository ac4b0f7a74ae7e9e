import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'

// The sync server (apps/server) listens here in development; in production it serves dist/ itself.
const SYNC_SERVER = 'http://localhost:8787'

export default defineConfig({
  plugins: [
    react(),
    VitePWA({
      registerType: 'autoUpdate',
      // Registered by hand in src/app/main.tsx so the app decides when (and whether) it happens.
      injectRegister: null,
      includeAssets: ['icon.svg'],
      manifest: {
        name: 'Sammen',
        short_name: 'Sammen',
        description: 'Felles tavle for å kartlegge brukerreiser på tvers av etater.',
        lang: 'nb',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#1f4e79',
        background_color: '#f6f7f9',
        icons: [
          { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
          { src: '/icon-maskable.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Everything tldraw loads at runtime (fonts, icon sprite, translation JSON, embed icons)
        // is a bundled asset, so precaching the whole build makes the app work fully offline.
        globPatterns: ['**/*.{js,css,html,woff2,woff,svg,png,json,ico,webmanifest}'],
        // The tldraw chunk is several MB; the default 2 MiB limit would silently skip it.
        maximumFileSizeToCacheInBytes: 15 * 1024 * 1024,
        navigateFallback: '/index.html',
        // These are served by the sync server, never by the SPA.
        navigateFallbackDenylist: [/^\/sync(\/|$)/, /^\/healthz$/],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
  optimizeDeps: {
    // Pre-bundling would turn the `?url` asset imports in @tldraw/assets/imports.vite into nothing
    // (esbuild does not know Vite's `?url`), so the dev server must serve it as-is.
    exclude: ['@tldraw/assets'],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // tldraw is large by nature; the warning adds noise and no information.
    chunkSizeWarningLimit: 6000,
  },
  server: {
    proxy: {
      '/sync': { target: SYNC_SERVER, ws: true, changeOrigin: true },
      '/healthz': { target: SYNC_SERVER, changeOrigin: true },
    },
  },
  preview: {
    proxy: {
      '/sync': { target: SYNC_SERVER, ws: true, changeOrigin: true },
      '/healthz': { target: SYNC_SERVER, changeOrigin: true },
    },
  },
})
