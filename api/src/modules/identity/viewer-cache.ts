// Remembers who a session token belongs to for a few seconds, so most requests authenticate without
// touching the database. Session and user changes evict entries on every instance through pub/sub;
// the short lifetime bounds staleness should such a message ever be lost.
import type { Viewer } from './viewer.js'

interface Entry {
  viewer: Viewer
  expiresAt: number
}

export class ViewerCache {
  private readonly byTokenHash = new Map<string, Entry>()

  constructor(
    private readonly lifetimeMs = 10_000,
    private readonly maxEntries = 50_000,
  ) {}

  get(tokenHash: string, now: number): Viewer | null {
    const entry = this.byTokenHash.get(tokenHash)
    if (!entry) return null
    if (entry.expiresAt > now) return entry.viewer
    this.byTokenHash.delete(tokenHash)
    return null
  }

  set(tokenHash: string, viewer: Viewer, now: number): void {
    // Maps iterate in insertion order: the first key is the oldest entry.
    if (this.byTokenHash.size >= this.maxEntries)
      this.byTokenHash.delete(this.byTokenHash.keys().next().value!)
    this.byTokenHash.set(tokenHash, { viewer, expiresAt: now + this.lifetimeMs })
  }

  evict(matches: (viewer: Viewer) => boolean): void {
    for (const [tokenHash, entry] of this.byTokenHash)
      if (matches(entry.viewer)) this.byTokenHash.delete(tokenHash)
  }
}
