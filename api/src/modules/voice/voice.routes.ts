// HTTP routes of the voice library: uploads (GraphQL carries no files) and playback in the browser.
// Errors come back in GraphQL's shape ({ errors: [{ message, extensions: { code, … } }] }), so the
// consoles handle them like every other API error.
import fastifyMultipart from '@fastify/multipart'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { ValidationError } from '../../common/errors.js'
import { sendMediaFile } from '../../http/media-file.js'
import { answerErrorsAsGraphQL, signedIn } from '../../http/upload-scope.js'
import type { Services } from '../../services.js'
import { fileTooLarge, PROMPT_FILE_LIMITS } from './audio.js'
import { DEFAULT_PROMPTS_DIR, defaultPromptFileName } from './default-prompts.js'
import { SystemPromptKind } from './prompt-catalog.js'
import type { VoicePrompt } from './voice.entity.js'
import type { PromptVersion } from './voice.service.js'

const WAV = 'audio/wav'

const DEFAULT_FILES = new Set(Object.values(SystemPromptKind).map(defaultPromptFileName))

export async function registerVoiceRoutes(
  app: FastifyInstance,
  {
    services,
    mediaDir,
    allowedOrigins,
  }: { services: Services; mediaDir: string; allowedOrigins: readonly string[] },
): Promise<void> {
  await app.register(async (scope) => {
    // One byte over the limit is enough to know the file is too large; the rest is never read.
    await scope.register(fastifyMultipart, {
      limits: { fileSize: PROMPT_FILE_LIMITS.maxBytes + 1, files: 1, fields: 4, fieldSize: 1024 },
    })
    answerErrorsAsGraphQL(scope, 'voice library')

    scope.post('/media/prompts', async (request, reply) => {
      const viewer = await signedIn(request, services, allowedOrigins, 'the voice library')
      const { bytes, name } = await uploadedFile(request)
      const prompt = await services.voice.upload(viewer, { name, bytes })
      return reply.code(201).send({ prompt: summary(prompt) })
    })

    scope.put<{ Params: { id: string } }>('/media/prompts/:id', async (request, reply) => {
      const viewer = await signedIn(request, services, allowedOrigins, 'the voice library')
      const { bytes } = await uploadedFile(request)
      return reply.send({
        prompt: summary(await services.voice.replaceAudio(viewer, request.params.id, bytes)),
      })
    })

    scope.get<{ Params: { id: string }; Querystring: { version?: string } }>(
      '/media/prompts/:id',
      async (request, reply) => {
        const viewer = await signedIn(request, services, allowedOrigins, 'the voice library')
        const version: PromptVersion = request.query.version === 'approved' ? 'approved' : 'current'
        const file = await services.voice.playableFile(viewer, request.params.id, version)
        return sendMediaFile(request, reply, mediaDir, file, WAV)
      },
    )

    scope.get<{ Params: { key: string } }>('/media/tts/:key', async (request, reply) => {
      const viewer = await signedIn(request, services, allowedOrigins, 'the voice library')
      const file = await services.voice.previewFile(viewer, request.params.key)
      return sendMediaFile(request, reply, mediaDir, file, WAV)
    })

    // The built-in system prompts are the same for every company; any signed-in member may hear them.
    scope.get<{ Params: { file: string } }>('/media/default-prompts/:file', async (request, reply) => {
      await signedIn(request, services, allowedOrigins, 'the voice library')
      if (!DEFAULT_FILES.has(request.params.file))
        return reply.code(404).type('text/plain; charset=utf-8').send('Not found.')
      return sendMediaFile(
        request,
        reply,
        DEFAULT_PROMPTS_DIR,
        `${DEFAULT_PROMPTS_DIR}/${request.params.file}`,
        WAV,
      )
    })
  })
}

/** The one file of a multipart request, and its `name` field (or `?name=`). */
async function uploadedFile(request: FastifyRequest): Promise<{ bytes: Buffer; name: unknown }> {
  if (!request.isMultipart())
    throw new ValidationError([
      {
        field: 'file',
        code: 'FILE_REQUIRED',
        message: 'is required: send the WAV file as multipart/form-data',
      },
    ])
  const part = await request.file()
  if (!part)
    throw new ValidationError([
      { field: 'file', code: 'FILE_REQUIRED', message: 'is required: choose a WAV file' },
    ])
  const bytes = await part.toBuffer().catch((error: unknown) => {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw fileTooLarge()
    throw error
  })
  const field = part.fields.name
  const fromForm = field && !Array.isArray(field) && field.type === 'field' ? field.value : undefined
  return { bytes, name: fromForm ?? (request.query as { name?: string }).name }
}

function summary(prompt: VoicePrompt): Record<string, unknown> {
  return {
    id: prompt.id,
    name: prompt.name,
    status: prompt.status,
    durationMs: prompt.durationMs,
    audioUrl: prompt.audioUrl,
  }
}
