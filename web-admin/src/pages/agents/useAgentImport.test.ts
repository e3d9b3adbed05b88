import { answerGraphQL, graphQLError } from '@cc/web-common/testing'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { checkFile, countDataRows, MAX_IMPORT_BYTES, useAgentImport } from './useAgentImport'

const checked = {
  isImported: false,
  importedCount: 0,
  totalRows: 3,
  validRows: 2,
  problems: [{ row: 3, column: '邮箱', field: 'email', code: 'EMAIL_TAKEN', params: null }],
}

function csvFile(text: string, name = 'agents.csv'): File {
  return new File([text], name, { type: 'text/csv' })
}

const csv = '姓名,邮箱,工号\n张三,a@example.com,1001\n李四,b@example.com,1002\n王五,c@example.com,1003\n'

describe('checkFile', () => {
  it('refuses other file types, files over 512 KB and empty files before anything is sent', () => {
    expect(checkFile({ name: 'agents.xlsx', size: 10 })).toBe('notCsv')
    expect(checkFile({ name: 'AGENTS.CSV', size: MAX_IMPORT_BYTES + 1 })).toBe('tooLarge')
    expect(checkFile({ name: 'agents.csv', size: 0 })).toBe('empty')
    expect(checkFile({ name: 'agents.csv', size: MAX_IMPORT_BYTES })).toBeNull()
  })

  it('counts data rows without the header and blank lines', () => {
    expect(countDataRows(csv)).toBe(3)
    expect(countDataRows('name,email\r\n\r\n')).toBe(0)
  })
})

describe('useAgentImport', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('checks a chosen file with a dry run, then imports only the valid rows when asked', async () => {
    const fetchMock = answerGraphQL({ data: { importAgents: checked } })
    // Holds the server's answer back, to see the dialog busy while the one request runs.
    let answer: () => void = () => {}
    const held = new Promise<void>((resolve) => (answer = resolve))
    const answered = fetchMock.getMockImplementation()!
    fetchMock.mockImplementationOnce(async (...args) => {
      await held
      return answered(...args)
    })
    const flow = useAgentImport(vi.fn())
    const choosing = flow.choose(csvFile(csv))
    await vi.waitFor(() => expect(flow.step.value).toBe('checking'))
    expect(flow.isBusy.value).toBe(true)
    answer()
    await choosing
    expect(flow.step.value).toBe('checked')
    expect(flow.file.value).toMatchObject({ name: 'agents.csv', rows: 3 })
    expect(flow.result.value?.problems).toHaveLength(1)
    expect(JSON.parse(String(fetchMock.mock.calls[0]![1].body)).variables.input).toEqual({
      csv,
      fileName: 'agents.csv',
      dryRun: true,
      importValidRows: false,
    })

    answerGraphQL({ data: { importAgents: { ...checked, isImported: true, importedCount: 2 } } })
    await flow.importValidRows()
    expect(flow.step.value).toBe('done')
    expect(flow.result.value?.importedCount).toBe(2)
  })

  it('sends nothing for a file it refuses', async () => {
    const fetchMock = answerGraphQL({ data: null })
    const flow = useAgentImport(vi.fn())
    await flow.choose(csvFile('x', 'agents.txt'))
    expect(flow.fileProblem.value).toBe('notCsv')
    expect(flow.step.value).toBe('pick')
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it('goes back to picking and reports the error when the server refuses the file', async () => {
    answerGraphQL(graphQLError('BAD_USER_INPUT', { problems: [{ field: 'csv', message: 'has no header' }] }))
    const onError = vi.fn()
    const flow = useAgentImport(onError)
    await flow.choose(csvFile(csv))
    expect(flow.step.value).toBe('pick')
    expect(onError).toHaveBeenCalledOnce()
  })
})
