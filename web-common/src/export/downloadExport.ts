// Downloads a list export (api/src/export) while telling how far it has come: the server counts the rows
// first (X-Total-Rows) and streams the file, so the page shows the row count and the bytes received as
// they arrive. A compressed XLSX has no byte total to know in advance, so no percentage is claimed.
import { GraphQLRequestError } from '../graphql/client'

export type ExportFormat = 'csv' | 'xlsx'

export interface ExportProgress {
  receivedBytes: number
  /** Rows the file holds, as the server counted them before writing. */
  totalRows: number
}

/** The export's address: `/export/<list>` with the format, the page's language and the list's filter. */
export function exportUrl(
  list: string,
  format: ExportFormat,
  language: string,
  filter: Record<string, string | null | undefined>,
): string {
  const query = new URLSearchParams({ format, lang: language.startsWith('zh') ? 'zh' : 'en' })
  for (const [key, value] of Object.entries(filter)) if (value) query.set(key, value)
  return `/export/${list}?${query}`
}

/** The file as a Blob and the name the server gave it; a refusal throws as a GraphQL error would. */
export async function fetchExport(
  url: string,
  onProgress: (progress: ExportProgress) => void,
  fetcher: typeof fetch = fetch,
): Promise<{ blob: Blob; fileName: string; totalRows: number }> {
  const response = await fetcher(url, { credentials: 'same-origin' })
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as {
      error?: { message?: string } & Record<string, unknown>
    }
    throw new GraphQLRequestError({
      message: body.error?.message ?? response.statusText,
      extensions: body.error,
    })
  }
  const totalRows = Number(response.headers.get('x-total-rows') ?? 0)
  const chunks: Uint8Array[] = []
  let receivedBytes = 0
  onProgress({ receivedBytes, totalRows })
  const reader = response.body!.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    chunks.push(value)
    receivedBytes += value.byteLength
    onProgress({ receivedBytes, totalRows })
  }
  const disposition = response.headers.get('content-disposition') ?? ''
  const named = /filename\*=UTF-8''([^;]+)/.exec(disposition)
  return {
    blob: new Blob(chunks as BlobPart[], { type: response.headers.get('content-type') ?? undefined }),
    fileName: named ? decodeURIComponent(named[1]!) : 'export',
    totalRows,
  }
}

/** Hands a downloaded file to the browser's save dialog. */
export function saveFile(blob: Blob, fileName: string): void {
  const link = document.createElement('a')
  link.href = URL.createObjectURL(blob)
  link.download = fileName
  link.click()
  setTimeout(() => URL.revokeObjectURL(link.href), 0)
}

/** 1.2 MB, 340 KB… */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}
