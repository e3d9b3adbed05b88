// `npm run bench -- <name>` runs scripts/bench/<name>.ts. Each benchmark prints its figures next to
// its baseline measured in the same run; shared helpers live in lib/.
import { readdir } from 'node:fs/promises'

const name = process.argv[2]
const benchmarks = (await readdir(new URL('.', import.meta.url)))
  .filter((file) => file.endsWith('.ts') && file !== 'run.ts')
  .map((file) => file.slice(0, -'.ts'.length))
if (!name || !benchmarks.includes(name)) {
  console.error(`Usage: npm run bench -- <name>\nBenchmarks: ${benchmarks.join(', ')}`)
  process.exit(1)
}
await import(`./${name}.ts`)
