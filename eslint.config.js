// Lint: TypeScript and Astro files, zero warnings allowed (npm run lint).
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

export default [
  { ignores: ['dist/', '.preview/', '.build-tmp/', '.astro/', 'node_modules/', 'screenshots/', 'bench-results/', 'pdf/'] },
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
];
