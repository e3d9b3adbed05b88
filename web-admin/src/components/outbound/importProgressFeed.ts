// The progress of one running bulk import (A13) as the server pushes it (the importProgress subscription),
// on a socket of its own that closes with the dialog's run.
import { createSubscriptionClient, subscribe } from '@cc/web-common'
import { ImportProgressDocument, type ListImportProgress } from '../../graphql/listImports'

export interface ImportProgressHandlers {
  onProgress: (progress: ListImportProgress) => void
  /** On every (re)connection: what was pushed while the socket was down is read again. */
  onConnected: () => void
  onSessionEnded: () => void
}

/** Follows the import until the returned function is called. */
export function followImportProgress(id: string, handlers: ImportProgressHandlers): () => void {
  const client = createSubscriptionClient(handlers.onSessionEnded, handlers.onConnected)
  const stop = subscribe(client, ImportProgressDocument, { id }, ({ importProgress }) =>
    handlers.onProgress(importProgress),
  )
  return () => {
    stop()
    void client.dispose()
  }
}
