// Sends a multipart form (a file upload: GraphQL carries no files) with upload progress, which fetch cannot
// report and XMLHttpRequest can. The API answers refusals in GraphQL's shape; they reject as such.
import { GraphQLRequestError } from '@cc/web-common'

type ErrorBody = { errors?: { message: string; extensions?: Record<string, unknown> }[] } | null

/** Resolves with what `accept` takes from a 2xx answer's JSON body; anything else rejects. */
export function sendForm<Answer>(
  method: 'POST' | 'PUT',
  url: string,
  form: FormData,
  accept: (body: Record<string, unknown>) => Answer | undefined,
  onProgress?: (fraction: number) => void,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open(method, url)
    xhr.withCredentials = true
    xhr.responseType = 'json'
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(event.loaded / event.total)
    }
    xhr.onload = () => {
      const body = xhr.response as (Record<string, unknown> & ErrorBody) | null
      const answer = xhr.status >= 200 && xhr.status < 300 && body ? accept(body) : undefined
      if (answer !== undefined) resolve(answer)
      else
        reject(
          new GraphQLRequestError(
            body?.errors?.[0] ?? {
              message: `HTTP ${xhr.status}`,
              extensions: { code: 'INTERNAL_SERVER_ERROR' },
            },
          ),
        )
    }
    xhr.onerror = () =>
      reject(new GraphQLRequestError({ message: 'upload failed', extensions: { code: 'NETWORK_ERROR' } }))
    xhr.send(form)
  })
}
