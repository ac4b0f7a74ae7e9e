import { formatBytes } from '../format/formatBytes'
import { useT } from '../i18n'
import { useAppStore } from '../state/appStore'
import { useStorageInfo } from './useStorageInfo'

/** The versions panel's footer line about this device's storage: persistent or not, and how much is used. */
export function StorageStatus({ version }: { version: unknown }) {
  const t = useT()
  const language = useAppStore((state) => state.language)
  const info = useStorageInfo(version)
  if (!info) return null
  return (
    <div className="versions-panel__storage" data-testid="storage-status" data-persistent={String(info.persistent)}>
      <h3 className="visually-hidden">{t.versions.storageHeading}</h3>
      {info.usage !== null && info.quota !== null && (
        <p className="versions-panel__hint" data-testid="storage-usage">
          {t.versions.storageUsage(formatBytes(info.usage, language), formatBytes(info.quota, language))}
        </p>
      )}
      {info.persistent !== null && (
        <p className="versions-panel__hint">{info.persistent ? t.versions.storagePersistent : t.versions.storageNotPersistent}</p>
      )}
    </div>
  )
}
