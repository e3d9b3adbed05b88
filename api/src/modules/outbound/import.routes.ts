// HTTP side of bulk imports (A13): the upload, streamed to disk as multipart/form-data (GraphQL carries no
// files), and the error file of an import, through the export route (CSV or XLSX: row, column, reason).
import fastifyMultipart from '@fastify/multipart'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { problemMessages } from '@cc/web-common/problem-messages'
import { isProblemCode } from '@cc/web-common/problems'
import { ValidationError } from '../../common/errors.js'
import { registerExportRoute } from '../../export/export-route.js'
import type { ExportColumn } from '../../export/table-export.js'
import { answerErrorsAsGraphQL, signedIn } from '../../http/upload-scope.js'
import type { Services } from '../../services.js'
import { MAX_IMPORT_FILE_BYTES, suggestReasonColumn, type UploadedImport } from './import.service.js'
import type { ImportKind, RejectionRow } from './import.store.js'

const LANGUAGE = { zh: 'zh-CN', en: 'en' } as const

/** A problem code as a person reads it; codes without wording stay as they are. */
function reasonText(code: string, language: 'zh' | 'en'): string {
  return isProblemCode(code) ? problemMessages[LANGUAGE[language]][code].replace(/\{\w+\}/g, '…') : code
}

const REJECTION_COLUMNS: ExportColumn<RejectionRow>[] = [
  { header: { zh: '行号', en: 'Row' }, kind: 'number', value: (row) => row.rowNumber, width: 8 },
  { header: { zh: '列', en: 'Column' }, kind: 'text', value: (row) => row.columnName, width: 20 },
  {
    header: { zh: '原因', en: 'Reason' },
    kind: 'text',
    value: (row, language) => reasonText(row.code, language),
    width: 40,
  },
  { header: { zh: '代码', en: 'Code' }, kind: 'text', value: (row) => row.code, width: 24 },
]

export async function registerImportRoutes(
  app: FastifyInstance,
  { services, allowedOrigins }: { services: Services; allowedOrigins: readonly string[] },
): Promise<void> {
  await app.register(async (scope) => {
    await scope.register(fastifyMultipart, {
      limits: { fileSize: MAX_IMPORT_FILE_BYTES, files: 1, fields: 2, fieldSize: 1024 },
    })
    answerErrorsAsGraphQL(scope, 'list import')
    const upload = async (request: FastifyRequest, target: { kind: ImportKind; taskId: string | null }) => {
      const viewer = await signedIn(request, services, allowedOrigins, 'outbound lists')
      const part = request.isMultipart() ? await request.file() : undefined
      if (!part)
        throw new ValidationError([
          {
            field: 'file',
            code: 'FILE_REQUIRED',
            message: 'is required: send the file as multipart/form-data',
          },
        ])
      return services.imports.upload(viewer, target, {
        fileName: part.filename,
        stream: part.file,
        isTruncated: () => part.file.truncated,
      })
    }
    scope.post<{ Params: { taskId: string } }>('/outbound/tasks/:taskId/imports', async (request, reply) =>
      reply
        .code(201)
        .send(answer(await upload(request, { kind: 'TASK_ITEMS', taskId: request.params.taskId }))),
    )
    scope.post('/outbound/do-not-call/imports', async (request, reply) =>
      reply.code(201).send(answer(await upload(request, { kind: 'DO_NOT_CALL', taskId: null }))),
    )
  })

  registerExportRoute<RejectionRow>(app, services, 'list-import-rejections', async (viewer, query) => {
    const { listImport, batches } = await services.imports.rejections(viewer, query.id ?? '')
    return {
      title: 'Rejected rows',
      fileName: `rejected-rows-${listImport.fileName.replace(/\.\w+$/, '')}`,
      columns: REJECTION_COLUMNS,
      total: listImport.rowsRejected,
      timeZone: 'UTC',
      batches,
    }
  })
}

function answer({ listImport, sample, suggestedMapping }: UploadedImport) {
  return {
    import: listImport,
    sample,
    suggestedMapping,
    suggestedReasonColumn: suggestReasonColumn(listImport.columns),
  }
}
