// Lint: type-aware TypeScript rules, promise safety, and the architecture's import rules (ARCHITECTURE.md).
import fs from 'node:fs';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const modulesDir = 'apps/server/src/modules';
const modules = fs.existsSync(modulesDir)
  ? fs
      .readdirSync(modulesDir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
  : [];

/** Files in a module that may do I/O; every other non-test file in a module is domain code and must be pure. */
const ioFiles = ['*.repository.ts', '*.service.ts', '*.routes.ts', '*.guard.ts', '*.queries.ts', '*.io.ts', 'index.ts'];

const architectureZones = [
  // 1. The web never imports the server; contracts import neither.
  {
    target: './apps/web',
    from: './apps/server',
    message: 'apps/web must not import apps/server (use @mot-cua/contracts).',
  },
  { target: './packages/contracts', from: './apps', message: 'contracts import only zod.' },
  // 5. platform knows no module and no database.
  {
    target: './apps/server/src/platform',
    from: './apps/server/src/modules',
    message: 'platform/ must not import modules.',
  },
  // 4. A module reaches another only through its index.ts.
  ...modules.map((m) => ({
    target: `./${modulesDir}/${m}/**/*`,
    from: `./${modulesDir}/!(${m})/**/!(index).ts`,
    message: `Module "${m}" may use another module only through its index.ts.`,
  })),
  // 2. Imports flow routes → service → repository/domain, never back up.
  ...modules.flatMap((m) => [
    {
      target: `./${modulesDir}/${m}/*.repository.ts`,
      from: [`./${modulesDir}/${m}/*.service.ts`, `./${modulesDir}/${m}/*.routes.ts`],
      message: 'A repository must not import services or routes.',
    },
    {
      target: `./${modulesDir}/${m}/*.service.ts`,
      from: `./${modulesDir}/${m}/*.routes.ts`,
      message: 'A service must not import routes.',
    },
  ]),
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'data/**',
      'test-results/**',
      'playwright-report/**',
      'artifacts/**',
      'apps/server/src/db/migrations/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    plugins: { 'import-x': importX },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/require-await': 'off',
      'import-x/no-restricted-paths': ['error', { zones: architectureZones }],
      // 5. Only config.ts reads the environment.
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration in apps/server/src/config.ts only.' },
      ],
    },
  },
  {
    files: [
      'apps/server/src/config.ts',
      'scripts/**',
      '*.config.{js,ts}',
      'bench/**',
      'apps/server/test/**',
      'apps/web/e2e/**',
    ],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    // 3. Domain files are pure.
    files: [`${modulesDir}/**/*.ts`],
    ignores: [...ioFiles.map((f) => `${modulesDir}/**/${f}`), `${modulesDir}/**/*.test.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'drizzle-orm',
                'drizzle-orm/*',
                'pg',
                '@electric-sql/*',
                'fastify',
                'fastify-*',
                '@fastify/*',
                'pino',
              ],
              message: 'Domain files are pure: no database, HTTP or logging.',
            },
            { group: ['**/db/*', '**/db/**'], message: 'Domain files are pure: no database.' },
            {
              group: ['node:fs', 'node:net', 'node:http', 'node:child_process'],
              message: 'Domain files are pure: no I/O.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Domain code takes time as an argument.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Domain code takes time as an argument.',
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'Domain code takes ids and randomness as arguments.',
        },
        {
          selector: "CallExpression[callee.property.name='randomUUID']",
          message: 'Domain code takes ids as arguments.',
        },
      ],
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'apps/web/e2e/**', 'apps/server/test/**'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  prettier,
);
