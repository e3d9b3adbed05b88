import { describe, expect, it } from 'vitest'
import { GraphQLRequestError } from '../graphql/client'
import { exportUrl, fetchExport, formatBytes } from './downloadExport'

function streamOf(parts: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  return new ReadableStream({
    start(controller) {
      for (const part of parts) controller.enqueue(encoder.encode(part))
      controller.close()
    },
  })
}

describe('G6: list exports in the browser', () => {
  it('G6: the address carries the format, the language and only the filter conditions given', () => {
    expect(
      exportUrl('contact-plans', 'csv', 'zh-CN', { status: 'OVERDUE', ownerId: null, customerNumber: '' }),
    ).toBe('/export/contact-plans?format=csv&lang=zh&status=OVERDUE')
    expect(exportUrl('contact-plans', 'xlsx', 'en', {})).toBe('/export/contact-plans?format=xlsx&lang=en')
  })

  it('G6: progress counts the bytes as they arrive, with the row total the server sent first', async () => {
    const seen: number[] = []
    const fetcher = (async () =>
      new Response(streamOf(['a,b\r\n', '1,2\r\n']), {
        headers: {
          'x-total-rows': '1',
          'content-type': 'text/csv',
          'content-disposition': `attachment; filename="x.csv"; filename*=UTF-8''contact-plans.csv`,
        },
      })) as typeof fetch
    const result = await fetchExport('/export/x', (progress) => seen.push(progress.receivedBytes), fetcher)
    expect(seen).toEqual([0, 5, 10])
    expect(result).toMatchObject({ fileName: 'contact-plans.csv', totalRows: 1 })
    expect(await result.blob.text()).toBe('a,b\r\n1,2\r\n')
  })

  it('G6: a refusal comes back as the API’s error, so the page words it like any other', async () => {
    const fetcher = (async () =>
      new Response(JSON.stringify({ error: { code: 'BAD_USER_INPUT', message: 'no', problems: [] } }), {
        status: 400,
      })) as typeof fetch
    const refused = await fetchExport('/export/x', () => {}, fetcher).catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(GraphQLRequestError)
    expect((refused as GraphQLRequestError).code).toBe('BAD_USER_INPUT')
  })

  it('formats sizes people read', () => {
    expect(formatBytes(512)).toBe('512 B')
    expect(formatBytes(2048)).toBe('2 KB')
    expect(formatBytes(3 * 1024 * 1024)).toBe('3.0 MB')
  })
})
