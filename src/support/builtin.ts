import { createRequire } from 'node:module';

/**
 * Loads a Node built-in as `require` does; type what it returns with `import type * as X from 'node:x'`.
 * An ESM `import` of a built-in makes Node build a namespace of all its exports, which runs every lazy
 * getter: `node:util` then loads its MIME, diff and stream helpers, and `node:fs` or `node:fs/promises`
 * load the watchers and readline on Node 24 — a few milliseconds of modules `validate` never uses (issue 18).
 */
export const requireBuiltin = createRequire(import.meta.url) as (id: `node:${string}`) => unknown;
