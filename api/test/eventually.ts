// Waits for an asynchronous effect (a call routed, a status healed) by retrying an assertion.

/** Retries `check` until it stops throwing; after `timeoutMs` its last error is thrown. */
export async function eventually<T>(
  check: () => T | Promise<T>,
  timeoutMs = 3000,
  intervalMs = 25,
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      return await check()
    } catch (error) {
      if (Date.now() > deadline) throw error
      await new Promise((resolve) => setTimeout(resolve, intervalMs))
    }
  }
}
