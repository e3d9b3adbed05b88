// Node options for the processes a benchmark starts (API servers, instances): BENCH_NODE_OPTIONS, space
// separated, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to profile them or V8 heap flags to compare.
export const benchNodeOptions: string[] = process.env.BENCH_NODE_OPTIONS?.split(' ').filter(Boolean) ?? []
