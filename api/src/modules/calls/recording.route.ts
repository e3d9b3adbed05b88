// G8: a call's recording for the browser's <audio>, authorised per call and streamed with ranges.
import type { FastifyInstance } from 'fastify'
import { sendMediaFile, viewerOf } from '../../http/media-file.js'
import type { Services } from '../../services.js'
import { RECORDING_PATH } from './my-calls.service.js'

export function registerRecordingRoute(app: FastifyInstance, services: Services): void {
  app.get<{ Params: { callId: string } }>(`${RECORDING_PATH}/:callId`, async (request, reply) => {
    const viewer = await viewerOf(request, services)
    if (!viewer) return reply.code(401).type('text/plain; charset=utf-8').send('Sign in first.')
    if (viewer.mustChangePassword)
      return reply.code(403).type('text/plain; charset=utf-8').send('Change your password first.')
    const recording = await services.myCalls.recordingFor(viewer, request.params.callId)
    // Someone else's call, another tenant's, one without a recording: all look alike from outside.
    if (!recording) return reply.code(404).type('text/plain; charset=utf-8').send('Not found.')
    return sendMediaFile(request, reply, recording.root, recording.file, 'audio/wav')
  })
}
