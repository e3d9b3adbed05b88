import { flushPromises } from '@vue/test-utils'
import { expect, it, vi } from 'vitest'
import { answerOperations, describeMounted, mountAdmin, sentTo } from '../../testing'
import DncImportDialog from './DncImportDialog.vue'
import { answerUpload, chooseFile, importFeed, progressOf } from './importTesting'

vi.mock('./importProgressFeed', async () => ({
  followImportProgress: (await import('./importTesting')).followImportProgressFake,
}))

describeMounted('DncImportDialog', () => {
  it('A13: do-not-call numbers import with the reason column found in the header and a default reason', async () => {
    const done = progressOf('dnc-1', {
      kind: 'DO_NOT_CALL',
      status: 'SUCCEEDED',
      rowsRead: 3,
      rowsImported: 3,
      rowsRejected: 0,
    })
    const fetchMock = answerOperations({
      StartDoNotCallImport: { data: { startDoNotCallImport: { ...done, status: 'RUNNING' } } },
      ListImport: { data: { listImport: done } },
    })
    const upload = answerUpload(201, {
      import: progressOf('dnc-1', { kind: 'DO_NOT_CALL', columns: ['号码', '原因'] }),
      sample: [['13800138000', '投诉']],
      suggestedMapping: { phoneColumn: '号码', fields: [] },
      suggestedReasonColumn: '原因',
    })
    mountAdmin(DncImportDialog, { props: { modelValue: true } })
    await flushPromises()
    chooseFile('dnc.csv', '号码,原因\n13800138000,投诉\n')
    await vi.waitFor(() => expect(document.querySelector('[data-testid=list-import-start]')).not.toBeNull())
    expect(upload.urls).toEqual(['/outbound/do-not-call/imports'])
    const reason = document.querySelector<HTMLInputElement>('input[data-testid=list-import-reason]')!
    reason.value = ' 客户要求 '
    reason.dispatchEvent(new Event('input'))
    await flushPromises()
    document.querySelector<HTMLButtonElement>('[data-testid=list-import-start]')!.click()
    await vi.waitFor(
      () =>
        expect(document.querySelector('[data-testid=list-import-summary]')?.textContent).toContain(
          '导入 3 行，拒绝 0 行',
        ),
      { timeout: 5000 },
    )
    expect(sentTo(fetchMock, 'StartDoNotCallImport')).toEqual([
      { input: { importId: 'dnc-1', phoneColumn: '号码', reasonColumn: '原因', reason: '客户要求' } },
    ])
  })

  it('A13: the progress comes from the server as it runs, the query being the first read, until the end', async () => {
    const running = progressOf('dnc-2', { kind: 'DO_NOT_CALL', status: 'RUNNING', columns: ['号码'] })
    answerOperations({
      StartDoNotCallImport: { data: { startDoNotCallImport: running } },
      ListImport: { data: { listImport: running } },
    })
    answerUpload(201, {
      import: progressOf('dnc-2', { kind: 'DO_NOT_CALL', columns: ['号码'] }),
      sample: [['13800138000']],
      suggestedMapping: { phoneColumn: '号码', fields: [] },
      suggestedReasonColumn: null,
    })
    mountAdmin(DncImportDialog, { props: { modelValue: true } })
    await flushPromises()
    chooseFile('dnc.csv', '号码\n13800138000\n')
    await vi.waitFor(() => expect(document.querySelector('[data-testid=list-import-start]')).not.toBeNull())
    document.querySelector<HTMLButtonElement>('[data-testid=list-import-start]')!.click()
    await vi.waitFor(() => expect(importFeed.followed).toContain('dnc-2'))
    await flushPromises()
    const progressText = () => document.querySelector('[data-testid=list-import-progress]')?.textContent ?? ''
    importFeed.push({ ...running, rowsRead: 120_000, rowsRejected: 3 })
    await flushPromises()
    expect(progressText()).toContain('120000')
    // A state older than the one shown (the socket's first answer after a slow query) changes nothing.
    importFeed.push({ ...running, rowsRead: 50_000 })
    await flushPromises()
    expect(progressText()).toContain('120000')
    importFeed.push({
      ...running,
      status: 'SUCCEEDED',
      rowsRead: 200_000,
      rowsImported: 199_990,
      rowsRejected: 10,
    })
    await vi.waitFor(() =>
      expect(document.querySelector('[data-testid=list-import-summary]')?.textContent).toContain(
        '导入 199990 行，拒绝 10 行',
      ),
    )
    expect(importFeed.stop).toHaveBeenCalled()
  })
})
