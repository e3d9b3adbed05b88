/** Why the byte stream could not be understood; every decoding failure in the ESL layer is one of these. */
export type EslProtocolErrorCode =
  | 'HEADER_TOO_LARGE'
  | 'BAD_HEADER_LINE'
  | 'BAD_CONTENT_LENGTH'
  | 'BODY_TOO_LARGE'
  | 'BAD_EVENT_BODY'
  | 'BAD_COMMAND'

export class EslProtocolError extends Error {
  override readonly name = 'EslProtocolError'

  constructor(
    readonly code: EslProtocolErrorCode,
    message: string,
  ) {
    super(`${code}: ${message}`)
  }
}

/** Keeps error messages readable when the offending input is binary garbage or megabytes long. */
export function excerpt(text: string, max = 80): string {
  const printable = JSON.stringify(text.length > max ? `${text.slice(0, max)}…` : text)
  return printable
}
