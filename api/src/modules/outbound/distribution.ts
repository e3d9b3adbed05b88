// How a group leader's share-out of a skill group's items is worked out (A13): pure, so the maths is
// tested without a database and the service only writes what this decides.

/** How many of `total` items each of `agentCount` agents gets evenly: the first get one more when they do not divide. */
export function evenShareSizes(total: number, agentCount: number): number[] {
  if (agentCount < 1) return []
  const base = Math.floor(total / agentCount)
  const extra = total % agentCount
  return Array.from({ length: agentCount }, (_, index) => base + (index < extra ? 1 : 0))
}

/** Evenly (see evenShareSizes). Items keep their order. */
export function distributeEvenly(
  itemIds: readonly string[],
  agentIds: readonly string[],
): Map<string, string[]> {
  const sizes = evenShareSizes(itemIds.length, agentIds.length)
  const shares = new Map(agentIds.map((agentId) => [agentId, [] as string[]]))
  let next = 0
  agentIds.forEach((agentId, index) => {
    shares.set(agentId, itemIds.slice(next, next + sizes[index]!))
    next += sizes[index]!
  })
  return shares
}

/** By count per agent, in the order given; null when the counts ask for more items than there are. */
export function distributeByCount(
  itemIds: readonly string[],
  counts: readonly { agentId: string; count: number }[],
): Map<string, string[]> | null {
  const wanted = counts.reduce((sum, share) => sum + share.count, 0)
  if (wanted > itemIds.length) return null
  const shares = new Map<string, string[]>()
  let next = 0
  for (const { agentId, count } of counts) {
    shares.set(agentId, [...(shares.get(agentId) ?? []), ...itemIds.slice(next, next + count)])
    next += count
  }
  return shares
}
