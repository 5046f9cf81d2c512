// @ts-check
// Lint config: typescript-eslint's syntax-only recommended rules (no type information, so
// `npx eslint .` stays fast) plus the architecture boundaries from shared STYLE.md:
//   - pure libs (domain, redaction, linking, disclosure) import no framework and do no I/O;
//   - an app never imports another app; a lib never imports an app;
//   - `process.env` is read only in config/ folders (and scripts, tests, benches, tool configs);
//   - no TypeORM `synchronize` anywhere: the schema changes only through migrations.
//
// Flat config replaces a rule's options wholesale when several blocks match one file, so each
// block below passes the complete option list for its files (built from the constants here).
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

const APPS = ['intake-api', 'moderation', 'worker'];
const PURE_LIBS = ['domain', 'redaction', 'linking', 'disclosure'];

/** Libraries never reach into an app, by relative path or by the `apps/...` baseUrl path. */
const NO_APPS_FROM_LIBS = {
  regex: '(^|/)apps(/|$)',
  message: 'Libraries never import from apps (STYLE.md): move the shared code into a lib under libs/.',
};

/**
 * An app never imports another app, by the `apps/<name>` path or by climbing out of its own
 * folder. (`../<other-app>` would also flag a folder of that name inside the app: there is none.)
 * @param {string} app
 */
function noOtherApps(app) {
  const others = APPS.filter((a) => a !== app).join('|');
  return {
    regex: `(^|/)apps/(${others})(/|$)|^(\\.\\./)+(${others})(/|$)`,
    message: `apps/${app} must not import another app (STYLE.md): share code through a lib under libs/ or talk over HTTP/queues.`,
  };
}

/** Pure libraries: no framework, no persistence or queue clients, no file system. */
const PURE_LIB_BANS = [
  { regex: '^@nestjs/', message: `Pure libraries (${PURE_LIBS.join(', ')}) import no framework (STYLE.md).` },
  {
    regex: '^(typeorm|pg|ioredis|bullmq|nestjs-pino|pino)(/|$)',
    message: 'Pure libraries do no I/O and no logging: persistence, queues and logs belong to apps, libs/database and libs/queue-contracts.',
  },
  { regex: '^(node:)?fs(/|$)', message: 'Pure libraries do no I/O: take data as arguments or import JSON.' },
  {
    // These libs wrap the framework, so importing them would bring it in through the back door.
    regex: '^@tnr/(database|platform|queue-contracts)(/|$)|^(\\.\\./)+(database|platform|queue-contracts)(/|$)',
    message: 'Pure libraries must not depend on libs/database, libs/platform or libs/queue-contracts (they wrap the framework and I/O).',
  },
];

/** TypeORM `synchronize` alters the schema outside migrations: banned as an option, assignment or call. */
const NO_SYNCHRONIZE = [
  {
    selector: "Property[key.name='synchronize']:not([value.type='Literal'][value.value=false])",
    message: 'No `synchronize` switch (STYLE.md): the schema changes only through migrations/. Use `synchronize: false`.',
  },
  {
    selector: "Property[key.value='synchronize']:not([value.type='Literal'][value.value=false])",
    message: 'No `synchronize` switch (STYLE.md): the schema changes only through migrations/. Use `synchronize: false`.',
  },
  {
    selector: "AssignmentExpression[left.property.name='synchronize']",
    message: 'No `synchronize` switch (STYLE.md): the schema changes only through migrations/.',
  },
  {
    selector: "CallExpression[callee.property.name='synchronize']",
    message: 'Never synchronize the schema (STYLE.md): write a migration under migrations/.',
  },
];

const ENV_MESSAGE = 'Read the environment only in a config/ folder, through the app\'s validated config (STYLE.md).';

/** The ways to reach `process.env` that no-restricted-properties cannot see. */
const NO_ENV_SYNTAX = [
  {
    selector: "ImportDeclaration[source.value=/^(node:)?process$/] > ImportSpecifier[imported.name='env']",
    message: ENV_MESSAGE,
  },
  {
    selector: "MemberExpression[property.name='env'][object.type='MemberExpression'][object.property.name='process']",
    message: ENV_MESSAGE,
  },
];

/** Covers `process.env.X`, `process['env']` and `const { env } = process`. */
const NO_PROCESS_ENV = [{ object: 'process', property: 'env', message: ENV_MESSAGE }];
const PURE_ENV_MESSAGE = 'Pure libraries read no environment: the caller passes values in (STYLE.md).';

/** no-restricted-imports sees only static imports; pure libraries need no dynamic loading either. */
const NO_DYNAMIC_IMPORT = [
  { selector: 'ImportExpression', message: 'Pure libraries load nothing at run time: use a static import (STYLE.md).' },
];

/**
 * The admin UI (apps/admin-ui) talks to the moderation service over HTTP only, and renders
 * report text as text: no HTML injection, no session storage (report text never goes into
 * browser storage; localStorage holds only the language and saved filters, see i18n.tsx and
 * queue/filters.ts).
 */
const UI_SAFETY = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render report data as text (React escapes it), never as HTML (issue 7).' },
  { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'Render report data as text, never as HTML (issue 7).' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Render report data as text, never as HTML (issue 7).' },
  { selector: "Identifier[name='sessionStorage']", message: 'No report data in browser storage (issue 7).' },
];
const UI_IMPORTS = [
  { regex: '^@tnr/|(^|/)(libs|apps)/|^(\\.\\./){2,}', message: 'The admin UI talks to the moderation service over HTTP only: no imports from apps/ or libs/ (types come from src/api/schema.d.ts).' },
];

/** Places allowed to read the environment. */
const ENV_READERS = ['**/config/**', 'scripts/**', 'test/**', 'bench/**', 'jest.config.js', 'babel.jest.config.cjs'];

export default defineConfig([
  globalIgnores(['**/dist/', '**/node_modules/', '.data/', '**/coverage/', 'test/fixtures/', 'test-artifacts/', 'apps/admin-ui/src/api/schema.d.ts']),

  tseslint.configs.recommended,

  {
    name: 'tnr/commonjs-scripts',
    // package.json has no "type": "module", so .js is CommonJS (scripts/*.js, jest.config.js).
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },

  {
    name: 'tnr/everywhere',
    rules: {
      'no-restricted-properties': ['error', ...NO_PROCESS_ENV],
      'no-restricted-syntax': ['error', ...NO_SYNCHRONIZE, ...NO_ENV_SYNTAX],
    },
  },
  {
    name: 'tnr/environment-readers',
    files: ENV_READERS,
    rules: {
      'no-restricted-properties': 'off',
      'no-restricted-syntax': ['error', ...NO_SYNCHRONIZE],
    },
  },

  {
    name: 'tnr/libs-boundaries',
    files: ['libs/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NO_APPS_FROM_LIBS] }] },
  },
  {
    name: 'tnr/pure-libs-boundaries',
    files: PURE_LIBS.map((lib) => `libs/${lib}/**`),
    rules: {
      'no-restricted-imports': ['error', { patterns: [NO_APPS_FROM_LIBS, ...PURE_LIB_BANS] }],
      // Listed after tnr/environment-readers on purpose: a pure lib reads no environment even
      // in a config/ folder (the caller passes values in).
      'no-restricted-properties': ['error', ...NO_PROCESS_ENV.map((r) => ({ ...r, message: PURE_ENV_MESSAGE }))],
      'no-restricted-syntax': [
        'error',
        ...NO_SYNCHRONIZE,
        ...NO_ENV_SYNTAX.map((r) => ({ ...r, message: PURE_ENV_MESSAGE })),
        ...NO_DYNAMIC_IMPORT,
      ],
    },
  },
  {
    name: 'tnr/admin-ui',
    files: ['apps/admin-ui/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: UI_IMPORTS }],
      'no-restricted-syntax': ['error', ...NO_SYNCHRONIZE, ...NO_ENV_SYNTAX, ...UI_SAFETY],
    },
  },
  ...APPS.map(
    (app) =>
      /** @type {import('eslint').Linter.Config} */ ({
        name: `tnr/apps-boundaries/${app}`,
        files: [`apps/${app}/**`],
        rules: { 'no-restricted-imports': ['error', { patterns: [noOtherApps(app)] }] },
      }),
  ),
]);
