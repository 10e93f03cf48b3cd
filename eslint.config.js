// Lint: TypeScript and Astro files, zero warnings allowed (npm run lint).
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';

// Import cycles are found by dpdm (npm run cycles, part of npm run lint), not by
// import-x/no-cycle: that rule skips type-only imports, and a cycle of type imports still
// ties two modules together.

export default [
  {
    ignores: [
      'dist',
      'dist.*/',
      '.preview/',
      '.build-tmp/',
      '.astro/',
      'node_modules/',
      'screenshots/',
      'bench-results/',
      'pdf/',
    ],
  },
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // src/lib is pure domain code: plain data in and out. It may import only itself and
    // the npm libraries it uses (zod, papaparse, yaml); never Astro, a Node built-in, or a
    // file outside src/lib (the build's edge, pages, components).
    files: ['src/lib/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.mjs'] })] },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['astro', 'astro:*', 'astro/*'], message: 'src/lib 是纯领域代码，不能导入 Astro。' }] },
      ],
      'import-x/no-nodejs-modules': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/lib',
              from: './',
              except: ['./src/lib', './node_modules'],
              message: 'src/lib 不能导入 src/lib 以外的文件。',
            },
          ],
        },
      ],
    },
  },
  {
    // src/lib/model holds shared types only: no code runs there, so nothing it imports can
    // pull a module (or a cycle) in at run time.
    files: ['src/lib/model/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[importKind='value']",
          message: 'src/lib/model 只放共享类型：请用 import type。',
        },
        {
          selector: ':matches(FunctionDeclaration, ClassDeclaration, VariableDeclaration)',
          message: 'src/lib/model 只放共享类型，不放代码。',
        },
      ],
    },
  },
];
