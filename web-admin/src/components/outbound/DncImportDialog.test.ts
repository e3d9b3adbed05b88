import { flushPromises } from '@vue/test-utils'
import { expect, it, vi } from 'vitest'
import { answerOperations, describeMounted, mountAdmin, sentTo } from '../../testing'
import DncImportDialog from './DncImportDialog.vue'
import { answerUpload, chooseFile, progressOf } from './importTesting'

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
})
