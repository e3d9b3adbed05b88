import { NotFoundError } from '../../common/errors.js'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** A malformed ID names nothing, so it is simply not found (and never reaches PostgreSQL's uuid cast). */
export function knownId(id: string, what: string): string {
  if (!UUID.test(id)) throw new NotFoundError(what)
  return id.toLowerCase()
}
