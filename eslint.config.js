// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'http', 'https', 'net', 'child_process', 'crypto', 'process', 'url', 'stream', 'events', 'util'];
// libsodium and the AWS SDK are large and load only when a target of their kind is delivered to
// (issue #18): only their store's module imports them, and only bundle-delivery.ts's dynamic import
// loads that module (test/architecture.test.ts). Flat config replaces a rule's options per file, so
// every block below that sets no-restricted-imports repeats these.
const lazySdks = {
  paths: [{ name: 'libsodium-wrappers', message: 'Only src/delivery/github-secret-store.ts imports libsodium, so it loads only when a GitHub secret is written.' }],
  patterns: [{ group: ['@aws-sdk/*'], message: 'Only src/delivery/aws-secret-store.ts imports the AWS SDK, so it loads only when an AWS secret is written.' }],
};
const sdks = ['yaml', 'ajv', 'ajv/*', 'oauth-1.0a', '@octokit/*', 'simple-git', 'sql.js', 'libsodium-wrappers', '@aws-sdk/*'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bench/results/**', 'src/schemas/generated/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js', 'scripts/*.mjs'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/delivery/github-secret-store.ts', 'src/delivery/aws-secret-store.ts'],
    rules: { 'no-restricted-imports': ['error', lazySdks] },
  },
  {
    // The domain is pure and synchronous: no I/O, no Node built-ins, no SDKs, no globals that reach outside.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: nodeBuiltins, message: 'src/domain is pure: no I/O or Node built-ins. Pass values in from the caller.' },
          { group: sdks, message: 'src/domain is pure: no SDKs. Adapters live in src/config, src/netsuite, src/github, src/delivery.' },
          {
            regex: '/(support|commands|config|netsuite|github|emulator|secrets|delivery)/|/(cli|reconcile|ports|composition-root|action|bin)\\.js$',
            message: 'src/domain imports only src/domain: errors, I/O, adapters and entry points stay outside it (docs/architecture.md).',
          },
        ],
      }],
      'no-restricted-globals': ['error',
        { name: 'process', message: 'src/domain is pure: take environment values as arguments.' },
        { name: 'fetch', message: 'src/domain is pure: no I/O.' },
        { name: 'setTimeout', message: 'src/domain is synchronous.' },
        { name: 'console', message: 'src/domain does not print; return values.' },
      ],
      'no-restricted-properties': ['error',
        { object: 'Date', property: 'now', message: 'src/domain takes "now" as an argument.' },
        { object: 'Math', property: 'random', message: 'src/domain takes randomness as an argument.' },
      ],
      'no-restricted-syntax': ['error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'src/domain takes "now" as an argument.' },
        { selector: 'FunctionDeclaration[async=true], ArrowFunctionExpression[async=true]', message: 'src/domain is synchronous.' },
      ],
    },
  },
  {
    // The emulator stands in for NetSuite and the client talks to it: neither may borrow the other's code,
    // or a shared bug would pass every test.
    files: ['src/emulator/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: lazySdks.paths, patterns: [...lazySdks.patterns, { group: ['**/netsuite/*', '**/netsuite'], message: 'src/emulator never imports src/netsuite: the emulator must not share code with the client it tests.' }] }] },
  },
  {
    files: ['src/netsuite/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: lazySdks.paths, patterns: [...lazySdks.patterns, { group: ['**/emulator/*', '**/emulator'], message: 'src/netsuite never imports src/emulator: the client must not share code with its stand-in.' }] }] },
  },
  {
    files: ['**/*.js', 'scripts/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.js', 'scripts/*.mjs'],
    languageOptions: { globals: { URL: 'readonly', process: 'readonly', console: 'readonly' } },
  },
);
