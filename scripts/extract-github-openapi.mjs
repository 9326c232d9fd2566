// Writes test/github/fixtures/github-openapi-subset.json: the operations of GitHub's published REST
// API description (the @octokit/openapi package) that src/github and src/delivery call, reduced to what the fake
// GitHub API in the tests validates requests against (method, path template, parameters, request body
// schema). Run it again when either starts calling another operation:
//   npm install --no-save @octokit/openapi && node scripts/extract-github-openapi.mjs
// The package is large and not needed afterwards; the tests read only the committed subset.
import { readFile, writeFile, rename } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** The operations src/github and src/delivery use, by GitHub's operation id. */
const OPERATIONS = [
  'pulls/list',
  'pulls/create',
  'pulls/update',
  'pulls/request-reviewers',
  'issues/get-label',
  'issues/create-label',
  'issues/add-labels',
  'issues/list-comments',
  'issues/create-comment',
  'issues/list-for-repo',
  'issues/create',
  'issues/update',
  // src/delivery: Actions secrets of a repository or an environment. Each public-key route precedes
  // the route of one secret by name, which its path would also match.
  'actions/get-repo-public-key',
  'actions/get-repo-secret',
  'actions/create-or-update-repo-secret',
  'actions/get-environment-public-key',
  'actions/get-environment-secret',
  'actions/create-or-update-environment-secret',
];

const SOURCE = 'node_modules/@octokit/openapi/generated/api.github.com.deref.json';
const OUT = 'test/github/fixtures/github-openapi-subset.json';
const root = new URL('../', import.meta.url);

// Keywords that document rather than constrain; dropped so the subset stays small and Ajv's strict
// mode has nothing unknown to complain about.
const ANNOTATIONS = new Set(['description', 'example', 'examples', 'externalDocs', 'deprecated', 'title', 'readOnly', 'writeOnly']);

/** OpenAPI 3.0 schema → JSON Schema: drop annotations and `x-*`, turn `nullable` into a null alternative. */
function toJsonSchema(schema) {
  if (Array.isArray(schema)) return schema.map(toJsonSchema);
  if (schema === null || typeof schema !== 'object') return schema;
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(key) || key.startsWith('x-') || key === 'nullable') continue;
    if (key === 'properties') {
      out.properties = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, toJsonSchema(sub)]));
    } else {
      out[key] = toJsonSchema(value);
    }
  }
  if (schema.nullable === true) {
    if (typeof out.type === 'string') {
      out.type = [out.type, 'null'];
      if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    } else if (Array.isArray(out.oneOf)) {
      out.oneOf = [...out.oneOf, { type: 'null' }];
    } else if (Array.isArray(out.anyOf)) {
      out.anyOf = [...out.anyOf, { type: 'null' }];
    } else {
      return { anyOf: [out, { type: 'null' }] };
    }
  }
  return out;
}

const description = JSON.parse(await readFile(new URL(SOURCE, root), 'utf8'));
const found = new Map();
for (const [path, item] of Object.entries(description.paths)) {
  for (const [method, operation] of Object.entries(item)) {
    if (OPERATIONS.includes(operation?.operationId)) found.set(operation.operationId, { path, method: method.toUpperCase(), operation });
  }
}
const missing = OPERATIONS.filter((id) => !found.has(id));
if (missing.length > 0) {
  console.error(`error: ${missing.join(', ')} not found in ${SOURCE}.`);
  process.exit(1);
}

const subset = {
  source: `@octokit/openapi ${description.info.version}, generated/api.github.com.deref.json (openapi ${description.openapi})`,
  generatedBy: 'scripts/extract-github-openapi.mjs',
  operations: OPERATIONS.map((id) => {
    const { path, method, operation } = found.get(id);
    const body = operation.requestBody;
    const json = body?.content?.['application/json'];
    return {
      operationId: id,
      method,
      path,
      parameters: (operation.parameters ?? []).map((parameter) => ({
        name: parameter.name,
        in: parameter.in,
        required: parameter.required === true,
        schema: toJsonSchema(parameter.schema ?? {}),
      })),
      requestBody: json === undefined ? null : { required: body.required === true, schema: toJsonSchema(json.schema) },
    };
  }),
};

const target = fileURLToPath(new URL(OUT, root));
await writeFile(`${target}.tmp`, `${JSON.stringify(subset, null, 2)}\n`);
await rename(`${target}.tmp`, target);
console.log(`wrote ${OUT}: ${subset.operations.length} operations from ${subset.source}`);
