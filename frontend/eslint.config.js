import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import i18next from 'eslint-plugin-i18next';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

import noCrossFeatureImports from './eslint-rules/no-cross-feature-imports.js';
import noLiteralUiAttributes from './eslint-rules/no-literal-ui-attributes.js';

/** Attributes a person reads or hears; their values must come from t(), like JSX text. */
const userFacingAttributes = [
  'alt',
  'aria-description',
  'aria-label',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
  'description',
  'error',
  'label',
  'legend',
  'placeholder',
  'title',
];

export default defineConfig([
  globalIgnores(['target/', 'node_modules/', 'coverage/']),
  {
    files: ['**/*.{ts,tsx}'],
    extends: [
      js.configs.recommended,
      tseslint.configs.strictTypeChecked,
      tseslint.configs.stylisticTypeChecked,
      reactHooks.configs.flat['recommended-latest'],
      jsxA11y.flatConfigs.strict,
    ],
    languageOptions: {
      ecmaVersion: 2022,
      globals: globals.browser,
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    // No hard-coded UI text: JSX text and user-facing attributes go through t().
    files: ['src/**/*.tsx'],
    ignores: ['src/**/*.test.tsx', 'src/testing/**'],
    plugins: {
      i18next,
      civiclab: { rules: { 'no-literal-ui-attributes': noLiteralUiAttributes } },
    },
    rules: {
      'i18next/no-literal-string': ['error', { mode: 'jsx-text-only' }],
      'civiclab/no-literal-ui-attributes': ['error', { attributes: userFacingAttributes }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { layers: { rules: { 'no-cross-feature-imports': noCrossFeatureImports } } },
    rules: { 'layers/no-cross-feature-imports': 'error' },
  },
  {
    files: ['**/*.js'],
    extends: [js.configs.recommended],
    languageOptions: { globals: globals.node },
  },
  prettier,
]);
