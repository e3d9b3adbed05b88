// Lint rules for every package: TypeScript everywhere, Vue rules for the SPAs, formatting left to Prettier.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import vue from 'eslint-plugin-vue'
import prettier from 'eslint-config-prettier'
import globals from 'globals'

// The API's naming and import rule (issue 15.4), as AST selectors so it needs no plugin. A file says by its
// suffix what it holds: GraphQL resolvers in *.resolver.ts, ORM entities in *.entity.ts, GraphQL object and
// input types in *.types.ts (entities are object types too), services in *.service.ts; other files are named
// for what they are. Relative imports name the .js file Node loads, as ESM requires.
const relativeWithoutJs = '/^[.](?!.*[.]js$)/'
const apiRule = {
  importExtension: [
    `ImportDeclaration[source.value=${relativeWithoutJs}]`,
    `ExportNamedDeclaration[source.value=${relativeWithoutJs}]`,
    `ExportAllDeclaration[source.value=${relativeWithoutJs}]`,
    `ImportExpression[source.value=${relativeWithoutJs}]`,
  ].map((selector) => ({ selector, message: 'A relative import names the .js file it loads.' })),
  resolver: [
    {
      selector: "Decorator[expression.callee.name='Resolver']",
      message: 'GraphQL resolvers live in *.resolver.ts.',
    },
  ],
  entity: [
    { selector: "Decorator[expression.callee.name='Entity']", message: 'ORM entities live in *.entity.ts.' },
  ],
  types: [
    {
      selector: 'Decorator[expression.callee.name=/^(ObjectType|InputType|ArgsType|InterfaceType)$/]',
      message: 'GraphQL object and input types live in *.types.ts (or the *.entity.ts they map).',
    },
    {
      selector: "CallExpression[callee.name='PageOf']",
      message: 'GraphQL object and input types live in *.types.ts (or the *.entity.ts they map).',
    },
  ],
  service: [
    {
      selector: 'ClassDeclaration[id.name=/Service$/]',
      message: 'A service class lives in its *.service.ts.',
    },
  ],
  // Raw SQL, and the snake_case rows it returns, stay in *.store.ts (and db/, and tests): a store maps
  // rows to camelCase objects, so the rest of the code never sees a column name (issue 15.4).
  sql: [
    {
      selector: 'ImportSpecifier[imported.name=/^(prepared|sqlIn|sqlLiteral)$/]',
      message: 'Raw SQL lives in a *.store.ts: prepared statements and the SQL face of a transaction too.',
    },
    {
      selector:
        "CallExpression[callee.object.name='em'][callee.property.name='execute'], CallExpression[callee.object.name='sql'][callee.property.name='query']",
      message: 'Raw SQL lives in a *.store.ts, which returns camelCase objects; call its function instead.',
    },
    {
      selector: `CallExpression[callee.property.name=/^(execute|query|platformQuery|statementInTenant)$/][arguments.0.type=/^(Literal|TemplateLiteral)$/]`,
      message: 'Raw SQL lives in a *.store.ts, which returns camelCase objects; call its function instead.',
    },
    {
      selector: 'CallExpression[callee.property.name=/^(platformQuery|statementInTenant)$/]',
      message: 'Raw SQL lives in a *.store.ts, which returns camelCase objects; call its function instead.',
    },
  ],
}
/** no-restricted-syntax for an API file, less the rules its suffix makes it the home of. */
const apiRestrictions = (...homeOf) => [
  'error',
  ...Object.entries(apiRule)
    .filter(([name]) => !homeOf.includes(name))
    .flatMap(([, restrictions]) => restrictions),
]

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '.data/**', '**/graphql/generated/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'vue/multi-word-component-names': 'off',
    },
  },
  { files: ['api/**/*.ts'], rules: { 'no-restricted-syntax': apiRestrictions() } },
  { files: ['api/**/*.resolver.ts'], rules: { 'no-restricted-syntax': apiRestrictions('resolver') } },
  { files: ['api/**/*.entity.ts'], rules: { 'no-restricted-syntax': apiRestrictions('entity', 'types') } },
  { files: ['api/**/*.types.ts'], rules: { 'no-restricted-syntax': apiRestrictions('types') } },
  { files: ['api/**/*.service.ts'], rules: { 'no-restricted-syntax': apiRestrictions('service') } },
  // Shared infrastructure that defines the mechanisms the rule points to.
  { files: ['api/src/graphql/pagination.ts'], rules: { 'no-restricted-syntax': apiRestrictions('types') } },
  // Where raw SQL lives: stores, the database layer, tests and their fixtures, and the switch cluster's
  // ownership lock (a session-level advisory lock on a connection of its own, no rows).
  {
    files: ['api/**/*.store.ts', 'api/src/db/**/*.ts'],
    rules: { 'no-restricted-syntax': apiRestrictions('sql') },
  },
  {
    files: ['api/src/telephony/cluster/ownership-lock.ts'],
    rules: { 'no-restricted-syntax': apiRestrictions('sql') },
  },
  { files: ['api/test/**/*.ts'], rules: { 'no-restricted-syntax': apiRestrictions('types', 'sql') } },
  { files: ['api/**/*.test.ts'], rules: { 'no-restricted-syntax': apiRestrictions('types', 'sql') } },
  prettier,
)
