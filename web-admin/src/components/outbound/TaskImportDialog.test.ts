import { flushPromises } from '@vue/test-utils'
import { expect, it, vi } from 'vitest'
import { answerOperations, describeMounted, mountAdmin, sentTo } from '../../testing'
import { answerUpload, chooseFile, importFeed, progressOf } from './importTesting'
import TaskImportDialog from './TaskImportDialog.vue'

vi.mock('./importProgressFeed', async () => ({
  followImportProgress: (await import('./importTesting')).followImportProgressFake,
}))

const setup = {
  data: {
    outboundTask: {
      id: 'task-1',
      customFieldIds: ['f-product', 'f-age'],
      agentIds: ['alice', 'bob'],
      skillGroupIds: ['sg-1'],
    },
    customFieldDefinitions: [
      { id: 'f-product', labelZh: '产品', labelEn: 'Product', isRequired: true },
      { id: 'f-age', labelZh: '年龄', labelEn: 'Age', isRequired: false },
      { id: 'f-other', labelZh: '别的任务的字段', labelEn: 'Other', isRequired: false },
    ],
    agents: {
      items: [
        { id: 'alice', name: '王丽' },
        { id: 'bob', name: '李波' },
        { id: 'carol', name: '不在任务中' },
      ],
    },
    skillGroups: { items: [{ id: 'sg-1', name: '电销一组' }] },
  },
}
const uploaded = {
  import: progressOf('imp-1'),
  sample: [['13800138000', '宽带', '30']],
  suggestedMapping: { phoneColumn: '手机号', fields: [{ customFieldId: 'f-product', column: '产品' }] },
  suggestedReasonColumn: null,
}

describeMounted('TaskImportDialog', () => {
  it('A13: the remembered mapping comes preselected and is what the import starts with; progress ends in a summary with the error file', async () => {
    const fetchMock = answerOperations({
      TaskImportSetup: setup,
      StartTaskItemImport: { data: { startTaskItemImport: progressOf('imp-1', { status: 'RUNNING' }) } },
      ListImport: {
        data: { listImport: progressOf('imp-1', { status: 'RUNNING', rowsRead: 500, rowsRejected: 3 }) },
      },
    })
    const upload = answerUpload(201, uploaded)
    const wrapper = mountAdmin(TaskImportDialog, { props: { modelValue: true, taskId: 'task-1' } })
    await flushPromises()
    chooseFile('list.csv', '手机号,产品,年龄\n13800138000,宽带,30\n')
    await vi.waitFor(() =>
      expect(document.querySelector('[data-testid=list-import-detected]')).not.toBeNull(),
    )
    expect(upload.urls).toEqual(['/outbound/tasks/task-1/imports'])
    expect(document.querySelector('[data-testid=list-import-detected]')!.textContent).toContain('编码 GBK')
    // Only the task's own fields are offered to map.
    expect(document.querySelector('[data-testid=list-import-field-f-other]')).toBeNull()
    document.querySelector<HTMLButtonElement>('[data-testid=list-import-start]')!.click()
    await vi.waitFor(() =>
      expect(document.querySelector('[data-testid=list-import-progress]')?.textContent).toContain(
        '已读取 500 行，拒绝 3 行',
      ),
    )
    importFeed.push(
      progressOf('imp-1', { status: 'SUCCEEDED', rowsRead: 1000, rowsImported: 990, rowsRejected: 10 }),
    )
    await vi.waitFor(
      () =>
        expect(document.querySelector('[data-testid=list-import-summary]')?.textContent).toContain(
          '导入完成：读取 1000 行，导入 990 行，拒绝 10 行',
        ),
      { timeout: 5000 },
    )
    expect(sentTo(fetchMock, 'StartTaskItemImport')).toEqual([
      {
        input: {
          importId: 'imp-1',
          phoneColumn: '手机号',
          fields: [{ customFieldId: 'f-product', column: '产品' }],
          assignment: 'UNASSIGNED',
          agentIds: null,
          skillGroupId: null,
        },
      },
    ])
    const link = document.querySelector<HTMLAnchorElement>('[data-testid=list-import-error-file]')!
    expect(link.getAttribute('href')).toBe('/export/list-import-rejections?format=csv&lang=zh&id=imp-1')
    expect(wrapper.emitted('imported')).toHaveLength(1)
  })

  it('A13: a refused file is explained in words, and the dialog stays at the file step', async () => {
    answerOperations({ TaskImportSetup: setup })
    answerUpload(400, {
      errors: [
        {
          message: 'file: is empty',
          extensions: {
            code: 'BAD_USER_INPUT',
            problems: [{ field: 'file', code: 'EMPTY_FILE', message: 'x' }],
          },
        },
      ],
    })
    mountAdmin(TaskImportDialog, { props: { modelValue: true, taskId: 'task-1' } })
    await flushPromises()
    chooseFile('empty.csv', '')
    await vi.waitFor(() => expect(document.body.textContent).toContain('文件是空的'))
    expect(document.querySelector('[data-testid=list-import-start]')).toBeNull()
  })

  it('A13: cancelling a running import asks the server and shows that nothing was written', async () => {
    const fetchMock = answerOperations({
      TaskImportSetup: setup,
      StartTaskItemImport: { data: { startTaskItemImport: progressOf('imp-1', { status: 'RUNNING' }) } },
      CancelListImport: { data: { cancelListImport: progressOf('imp-1', { status: 'RUNNING' }) } },
      ListImport: { data: { listImport: progressOf('imp-1', { status: 'RUNNING', rowsRead: 10 }) } },
    })
    answerUpload(201, uploaded)
    mountAdmin(TaskImportDialog, { props: { modelValue: true, taskId: 'task-1' } })
    await flushPromises()
    chooseFile('list.csv', 'x')
    await vi.waitFor(() => expect(document.querySelector('[data-testid=list-import-start]')).not.toBeNull())
    document.querySelector<HTMLButtonElement>('[data-testid=list-import-start]')!.click()
    await vi.waitFor(() => expect(document.querySelector('[data-testid=list-import-cancel]')).not.toBeNull())
    document.querySelector<HTMLButtonElement>('[data-testid=list-import-cancel]')!.click()
    await vi.waitFor(() => expect(sentTo(fetchMock, 'CancelListImport')).toEqual([{ id: 'imp-1' }]))
    // The worker stops and rolls back; the server then pushes the end.
    importFeed.push(progressOf('imp-1', { status: 'CANCELLED', rowsRead: 10 }))
    await vi.waitFor(
      () =>
        expect(document.querySelector('[data-testid=list-import-summary]')?.textContent).toContain(
          '导入已取消，未写入任何数据',
        ),
      { timeout: 5000 },
    )
    expect(sentTo(fetchMock, 'CancelListImport')).toEqual([{ id: 'imp-1' }])
    expect(document.querySelector('[data-testid=list-import-error-file]')).toBeNull()
  })
})
