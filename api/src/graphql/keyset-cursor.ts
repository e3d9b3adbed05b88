// The cursor of a keyset page (newest first, ties broken by ID): the last row's time and ID, opaque to
// clients. A text that is not one is refused naming the `after` argument.
import { ValidationError } from '../common/errors.js'

export interface KeysetPosition {
  at: Date
  id: string
}

export function encodeKeyset(position: KeysetPosition): string {
  return Buffer.from(JSON.stringify([position.at.toISOString(), position.id])).toString('base64url')
}

export function decodeKeyset(text: string): KeysetPosition {
  try {
    const [at, id] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as [string, string]
    const date = new Date(at)
    if (!Number.isNaN(date.getTime()) && /^[0-9a-f-]{36}$/.test(id)) return { at: date, id }
  } catch {
    // not a cursor of this list: said below
  }
  throw new ValidationError([{ field: 'after', code: 'INVALID_VALUE', message: 'not a cursor of this list' }])
}
