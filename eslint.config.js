// ESLint flat config: type-aware TypeScript rules plus the layer boundaries of ARCHITECTURE.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import sdl from '@microsoft/eslint-plugin-sdl';

const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'child_process',
  'worker_threads',
  'http',
  'net',
  'crypto',
  'url',
  'stream',
  'util',
  'events',
  'process',
];
const noNode = nodeBuiltins.flatMap((m) => [m, `node:${m}`, `${m}/*`, `node:${m}/*`]);

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'out/',
      '.tsbuild/',
      'test-artifacts/',
      '**/*.d.ts',
      'electron/cli/island.mjs',
      '.scratch/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { 'import-x': importX, '@microsoft/sdl': sdl },
    settings: {
      // Without a resolver that knows .ts/.tsx, import-x cannot resolve a relative import and every
      // no-restricted-paths zone below silently passes.
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.mjs', '.js', '.json', '.node'] }),
      ],
    },
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.config.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // IPC channels without a payload declare `request: void`, so callers may omit the argument.
      '@typescript-eslint/no-invalid-void-type': 'off',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-eval': 'error',
      'no-new-func': 'error',
      '@microsoft/sdl/no-inner-html': 'error',
      '@microsoft/sdl/no-insecure-url': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './solver', from: './electron', message: 'solver/ is pure: no Electron side.' },
            { target: './solver', from: './renderer', message: 'solver/ is pure: no renderer.' },
            {
              target: './renderer',
              from: './electron',
              except: ['./shared'],
              message: 'The renderer sees only electron/shared (the IPC contract).',
            },
            {
              target: './renderer',
              from: ['./solver/backends', './solver/run.ts', './solver/model', './solver/lp'],
              message:
                'The renderer sees only the pure parts of solver/ (catalog, scenario, results types, formatting), never the LP, its builder or backends.',
            },
            {
              target: './electron/preload',
              from: './solver',
              message: 'The preload only forwards channels.',
            },
            {
              target: './electron/shared',
              from: './electron/main',
              message: 'The contract depends on nothing in main.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['solver/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: ['electron', 'react', 'react-dom', ...noNode], patterns: ['node:*'] },
      ],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        { paths: ['electron', 'highs', 'javascript-lp-solver', ...noNode], patterns: ['node:*'] },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    plugins: { '@microsoft/sdl': sdl },
    rules: {
      '@microsoft/sdl/no-electron-node-integration': 'error',
    },
  },
  {
    files: ['electron/cli/**/*.ts', 'electron/host/**/*.ts', 'electron/services/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'Node-only module: runs in the CLI and the browser host too.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
