// One linter config for the whole repository; CI runs it with --max-warnings 0.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test/fixtures/**', 'test-results/**', '.e2e-cache/**', 'bench/out/**', '.vscode-test/**', '.prof/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Type-aware checks (typescript-eslint's recommendedTypeChecked) on the TypeScript sources,
  // with type information from the project's tsconfig.json.
  ...tseslint.configs.recommendedTypeChecked.map((c) => ({ ...c, files: ['**/*.ts', '**/*.mts'] })),
  {
    files: ['**/*.ts', '**/*.mts'],
    // One program for every file (the root tsconfig.json includes them all): the project service
    // would also build the engine's own (server/src/engine/tsconfig.json, its nearest), and lint
    // took 22 s instead of 17 s. The engine's Node-free types are held by its own type-check.
    languageOptions: { parserOptions: { project: './tsconfig.json', tsconfigRootDir: import.meta.dirname } },
    rules: {
      // A switch over a union names every member, or says what the others do (default).
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      // node:test's describe/it/test return promises the runner itself awaits.
      '@typescript-eslint/no-floating-promises': ['error', { allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['describe', 'it', 'test', 'suite'] }] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'smart'],
      'no-console': 'off',
    },
  },
  {
    // The engine runs in the server, the CLI, the tests and (later) a browser build:
    // it must not depend on VS Code, the LSP transport or Node built-ins.
    files: ['server/src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['vscode', 'fs', 'path', 'os', 'child_process', 'url', 'util', 'crypto', 'process', 'buffer', 'stream', 'events'].map((name) => ({
          name,
          message: 'The engine takes text and settings only: no vscode, LSP or Node built-ins.',
        })),
        patterns: [{ group: ['node:*', 'vscode-*'], message: 'The engine takes text and settings only: no vscode, LSP or Node built-ins.' }],
      }],
      'no-restricted-globals': ['error', 'process', 'require', '__dirname', 'Buffer'],
    },
  },
  {
    // The engine's public API is engine/index.ts; the client bundles, which must stay small, take
    // engine/client-api.ts (extension) and engine/model-api.ts (preview). Nothing outside the engine
    // reaches past them into its files (tests may).
    files: ['server/src/**/*.ts', 'client/src/**/*.ts'],
    ignores: ['server/src/engine/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{
          regex: '(^|/)engine/(?!(index|client-api|model-api)$)',
          message: "Import the engine's public API (engine, or engine/client-api / engine/model-api in the client bundles), not its files: export what you need from engine/index.ts.",
        }],
      }],
    },
  },
  {
    files: ['bin/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    languageOptions: {
      sourceType: 'module',
      globals: { process: 'readonly', console: 'readonly', require: 'readonly', module: 'writable', __dirname: 'readonly', Buffer: 'readonly', URL: 'readonly' },
    },
  },
);
