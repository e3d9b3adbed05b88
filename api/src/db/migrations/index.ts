// Migrations are listed explicitly: no file globbing, so tsx, Vitest and a bundled build all see the same set.
import { Migration20261124000000_foundation } from './Migration20261124000000_foundation.js'

export const migrationsList = [
  { name: 'Migration20261124000000_foundation', class: Migration20261124000000_foundation },
]
