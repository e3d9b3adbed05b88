// Each module that imports Element Plus components also imports their styles (and those of the
// components they use inside), so a page loads the CSS of what it shows rather than the whole theme.
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { Plugin } from 'vite'

const COMPONENTS = path.join(
  path.dirname(createRequire(import.meta.url).resolve('element-plus/package.json')),
  'es/components',
)
const NAMED_IMPORT = /import\s*\{([^}]*)\}\s*from\s*['"]element-plus['"]/g

/** `ElDropdownItem` → `dropdown-item`, `vLoading` → `loading`; undefined for what has no styles (helpers, types). */
function styleDirectory(name: string): string | undefined {
  const component = /^(?:El|v)([A-Z]\w*)$/.exec(name)?.[1]
  if (!component) return undefined
  const directory = component.replace(/\B([A-Z])/g, '-$1').toLowerCase()
  return existsSync(path.join(COMPONENTS, directory, 'style/css.mjs')) ? directory : undefined
}

export function elementPlusStyles(): Plugin {
  return {
    name: 'cc-element-plus-styles',
    // After @vitejs/plugin-vue: a single-file component is plain JavaScript by then.
    enforce: 'post',
    transform(code, id) {
      if (id.includes('/node_modules/') || !/\.(?:vue|ts)$/.test(id) || !code.includes('element-plus')) return
      const directories = new Set<string>()
      for (const [, names] of code.matchAll(NAMED_IMPORT)) {
        for (const specifier of names!.split(',')) {
          const directory = styleDirectory(specifier.trim().split(/\s+as\s+/)[0]!)
          if (directory) directories.add(directory)
        }
      }
      if (directories.size === 0) return
      // First, so that the module's own (scoped) styles come after Element Plus's.
      const imports = [...directories].map(
        (directory) => `import 'element-plus/es/components/${directory}/style/css';\n`,
      )
      return { code: imports.join('') + code, map: null }
    },
  }
}
