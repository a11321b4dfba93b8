import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';

// The layers of the app and what each may not import, by resolved file, so a path of any
// depth (`../x`, `../../../core/x`) is judged by where it lands. Dependencies point one
// way: ui -> api <- electron -> core -> domain, with domain shared by ui, core and cli.
const everyLayer = ['src/domain', 'src/api', 'src/core', 'src/ui', 'src/cli', 'electron', 'scripts', 'tests'];
const allExcept = (...allowed) => everyLayer.filter((layer) => !allowed.includes(layer));
const layerZones = [
  {
    target: 'src/domain',
    from: allExcept('src/domain'),
    message:
      'src/domain is the shared kernel: it imports only src/domain, zod, date-fns and i18next (message formatting).',
  },
  {
    target: 'src/api',
    from: allExcept('src/api', 'src/domain'),
    message: 'src/api (the contract) imports only src/domain and zod.',
  },
  {
    target: 'src/core',
    from: allExcept('src/core', 'src/domain'),
    message:
      'src/core imports only src/domain of ours (never the UI, the CLI, Electron or the API contract).',
  },
  {
    target: 'src/ui',
    from: allExcept('src/ui', 'src/api', 'src/domain'),
    message:
      'src/ui reaches the portfolio only through src/api (window.api); it never imports src/core, src/cli or electron/.',
  },
  {
    target: 'src/cli',
    from: allExcept('src/cli', 'src/core', 'src/domain'),
    message: 'src/cli imports only src/core and src/domain.',
  },
  {
    target: 'electron',
    from: allExcept('electron', 'src/api', 'src/core', 'src/domain'),
    message: 'electron/ binds src/api to src/core; it never imports the UI, the CLI, scripts or tests.',
  },
];

const onlyElectronImportsElectron = {
  name: 'electron',
  message: 'Only electron/ may import electron (it throws under plain Node).',
};

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'resources/**',
      '.electron-native/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    // Layers, judged on resolved files; and no runtime import cycle (this rule does not
    // follow `import type`; tests/lint/import-cycles.test.ts checks those too).
    files: ['src/**/*.{ts,tsx}', 'electron/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      // So that no-cycle parses our .ts/.tsx files when it follows imports.
      'import-x/extensions': ['.ts', '.tsx', '.mjs', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.d.ts', '.mjs', '.js', '.json', '.node'] }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: layerZones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // Every message core gives a person is a catalog key, said in their language at the
    // edge: `userError(code, { key, values })`, never `new UserError(code, 'English…')`.
    files: ['src/**/*.{ts,tsx}', 'electron/**/*.ts'],
    ignores: ['src/core/errors.ts', 'electron/main/worker-job-runner.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='UserError']",
          message:
            "Say it with userError(code, { key, values }) and a key in the catalogs (src/domain/i18n/messages), so the window and the CLI say it in the person's language.",
        },
      ],
    },
  },
  {
    // Packages by name (Node built-ins resolve to no file, so the zones above cannot see them).
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.ts', 'scripts/**/*.ts'],
    ignores: ['tests/electron/**', 'tests/harness/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [onlyElectronImportsElectron] }],
    },
  },
  {
    // The renderer runs sandboxed: no Node, no database.
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [onlyElectronImportsElectron, 'better-sqlite3', 'sharp'],
          patterns: [
            { group: ['node:*'], message: 'The window has no Node: ask the main process through src/api.' },
          ],
        },
      ],
    },
  },
  {
    // Domain is pure: of packages it may use only zod, date-fns and i18next with its ICU
    // formatter (pure JavaScript, no Node or DOM), which the catalogs' one translator needs.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\.|zod(/|$)|date-fns(/|$)|i18next(-icu)?$)',
              message:
                'src/domain is pure TypeScript: of packages it imports only zod, date-fns and i18next (no Node, React, SQLite or Electron).',
            },
          ],
        },
      ],
    },
  },
);
