// `npm run schema -w api`: writes schema/schema.graphql from the type-graphql classes.
import { writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { buildApiSchema } from './schema.js'
import { printApiSchema } from './print-schema.js'
import { InProcessPubSub } from './pubsub.js'

const target = fileURLToPath(new URL('../../../schema/schema.graphql', import.meta.url))
await writeFile(target, printApiSchema(await buildApiSchema(new InProcessPubSub())))
console.log(`schema written to ${target}`)
