// Test helpers of the import dialogs: the upload's XMLHttpRequest answered with a canned body, and the
// server's progress pushed through a stand-in for importProgressFeed.
import { vi } from 'vitest'
import type { ListImportProgress } from '../../graphql/listImports'
import type { ImportProgressHandlers } from './importProgressFeed'

/**
 * Stands in for importProgressFeed, with `vi.mock('./importProgressFeed', () => fakeImportProgressFeed())`
 * (through an import in the factory): records which imports are followed and pushes states as the server would.
 */
export const importFeed = {
  followed: [] as string[],
  handlers: null as ImportProgressHandlers | null,
  stop: vi.fn(),
  push(state: ReturnType<typeof progressOf>): void {
    importFeed.handlers!.onProgress(state as ListImportProgress)
  },
}

export function followImportProgressFake(id: string, handlers: ImportProgressHandlers): () => void {
  importFeed.followed.push(id)
  importFeed.handlers = handlers
  return importFeed.stop
}

/** Replaces XMLHttpRequest; each send answers `status` with `body` and records the URL it went to. */
export function answerUpload(status: number, body: unknown): { urls: string[] } {
  const sent = { urls: [] as string[] }
  class FakeXhr {
    status = 0
    response: unknown = null
    responseType = ''
    withCredentials = false
    upload = { onprogress: null as null | ((event: unknown) => void) }
    onload: null | (() => void) = null
    onerror: null | (() => void) = null
    private url = ''
    open(_method: string, url: string) {
      this.url = url
    }
    send() {
      sent.urls.push(this.url)
      setTimeout(() => {
        this.status = status
        this.response = body
        this.onload?.()
      })
    }
  }
  vi.stubGlobal('XMLHttpRequest', FakeXhr)
  return sent
}

/** Chooses `file` in the dialog's drop zone. */
export function chooseFile(name: string, text: string): void {
  const input = document.querySelector<HTMLInputElement>('[data-testid=list-import-file] input[type=file]')!
  Object.defineProperty(input, 'files', { value: [new File([text], name)], configurable: true })
  input.dispatchEvent(new Event('change'))
}

export function progressOf(id: string, overrides: Record<string, unknown> = {}) {
  return {
    id,
    kind: 'TASK_ITEMS',
    status: 'UPLOADED',
    fileName: 'list.csv',
    encoding: 'GBK',
    columns: ['手机号', '产品', '年龄'],
    rowsRead: 0,
    rowsImported: 0,
    rowsRejected: 0,
    failureCode: null,
    ...overrides,
  }
}
