// The HTTP side of exports: an authenticated GET whose answer is the file, streamed as it is written. The
// row count goes first in `X-Total-Rows` (a count query before the first batch), so the consoles show how
// far a long download has come. Refusals answer JSON shaped like GraphQL's error extensions.
import { PassThrough } from 'node:stream'
import type { FastifyInstance, FastifyReply } from 'fastify'
import { AppError } from '../common/errors.js'
import { viewerOf } from '../http/media-file.js'
import { STATUS_OF_CODE } from '../http/upload-scope.js'
import type { Viewer } from '../modules/identity/viewer.js'
import type { Services } from '../services.js'
import {
  CONTENT_TYPES,
  writeTable,
  type ExportFormat,
  type ExportLanguage,
  type TableExport,
} from './table-export.js'

/** Every export's address starts here: `/export/<list>?format=csv|xlsx&lang=zh|en&<the list's filter>`. */
export const EXPORT_PATH = '/export'

export interface PreparedExport<Row> extends Omit<TableExport<Row>, 'language'> {
  /** Rows the file will hold, counted before the first is written. */
  total: number
  /** Without extension, e.g. `contact-plans-2027-01-04`. */
  fileName: string
}

export function registerExportRoute<Row>(
  app: FastifyInstance,
  services: Services,
  list: string,
  prepare: (viewer: Viewer, query: Record<string, string>) => Promise<PreparedExport<Row>>,
): void {
  app.get<{ Querystring: Record<string, string> }>(`${EXPORT_PATH}/${list}`, async (request, reply) => {
    const viewer = await viewerOf(request, services)
    if (!viewer) return refuse(reply, 401, { code: 'UNAUTHENTICATED', message: 'Sign in first.' })
    if (viewer.mustChangePassword)
      return refuse(reply, 403, { code: 'PASSWORD_CHANGE_REQUIRED', message: 'Change your password first.' })
    const { format = 'xlsx', lang = 'zh', ...filter } = request.query
    if (format !== 'csv' && format !== 'xlsx')
      return refuse(reply, 400, { code: 'BAD_USER_INPUT', message: 'format must be csv or xlsx' })
    let prepared: PreparedExport<Row>
    try {
      prepared = await prepare(viewer, filter)
    } catch (error) {
      if (!(error instanceof AppError)) throw error
      return refuse(reply, STATUS_OF_CODE[error.code] ?? 409, {
        code: error.code,
        message: error.message,
        ...error.details,
      })
    }
    const file = `${prepared.fileName}.${format}`
    const body = new PassThrough()
    reply
      .header('content-type', CONTENT_TYPES[format as ExportFormat])
      .header(
        'content-disposition',
        `attachment; filename="${file.replace(/[^\w.-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file)}`,
      )
      .header('cache-control', 'no-store')
      .header('x-total-rows', String(prepared.total))
    // Headers are gone once the body starts: a failure midway can only cut the download short, which the
    // client sees as a stream error rather than a complete file.
    writeTable(format as ExportFormat, body, {
      ...prepared,
      language: lang === 'en' ? 'en' : ('zh' as ExportLanguage),
    }).catch((error: unknown) => {
      request.log.error({ err: error }, `export of ${list} failed midway`)
      body.destroy(error as Error)
    })
    return reply.send(body)
  })
}

function refuse(reply: FastifyReply, status: number, error: Record<string, unknown>): FastifyReply {
  return reply.code(status).type('application/json; charset=utf-8').send({ error })
}
