// Audio the browser plays (recordings, voice prompts) is served through the API, never straight off
// the media volume: each route authorises the file first, then streams it with HTTP ranges so the
// <audio> element can seek without downloading the whole file.
import path from 'node:path'
import send from '@fastify/send'
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Services } from '../services.js'
import type { Viewer } from '../modules/identity/viewer.js'
import { sessionTokenFrom } from './session-token.js'

/** The signed-in user of a plain HTTP request (session cookie or bearer token), or null. */
export async function viewerOf(request: FastifyRequest, services: Services): Promise<Viewer | null> {
  const token = sessionTokenFrom(request.headers)
  return token ? services.identity.authenticate(token) : null
}

/**
 * Streams `file` (an absolute path inside `root`) honouring Range, If-None-Match and friends.
 * Private media: browsers may cache it for the session, shared caches never.
 */
export async function sendMediaFile(
  request: FastifyRequest,
  reply: FastifyReply,
  root: string,
  file: string,
  contentType: string,
): Promise<FastifyReply> {
  const relative = path.relative(root, file)
  if (relative.startsWith('..') || path.isAbsolute(relative))
    return reply.code(404).type('text/plain; charset=utf-8').send('Not found.')
  const { statusCode, headers, stream } = await send(
    request.raw,
    encodeURI('/' + relative.split(path.sep).join('/')),
    {
      root,
      dotfiles: 'deny',
      cacheControl: false,
      contentType: false,
    },
  )
  reply.code(statusCode).headers(headers).header('cache-control', 'private, max-age=300')
  if (statusCode === 200 || statusCode === 206) reply.type(contentType)
  return reply.send(stream)
}
