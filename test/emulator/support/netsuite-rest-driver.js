// Drives the emulator with netsuite-rest (npm, MIT; a NetSuite REST client not written here) in its
// own process, and prints as JSON exactly what the library handed back for each step. The test that
// starts this process passes the credentials in the environment and, for TLS, the emulator's
// certificate authority through NODE_EXTRA_CA_CERTS; nothing here turns certificate checks off.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const NetsuiteRest = require('netsuite-rest');

const env = process.env;
const client = new NetsuiteRest({
  consumer_key: env.NS_CONSUMER_KEY,
  consumer_secret_key: env.NS_CONSUMER_SECRET,
  token: env.NS_TOKEN_ID,
  token_secret: env.NS_TOKEN_SECRET,
  realm: env.NS_REALM,
  base_url: env.NS_BASE_URL,
});

const REST_PREFIX = '/services/rest/';

/** What a resolved request gave: the status and the parsed body (the library's `data`). */
const answered = (response) => ({ statusCode: response.statusCode, data: response.data });

/** What a rejected request gave: got's HTTPError with the response attached. */
const refused = (error) => ({
  error: error.name,
  code: error.code,
  statusCode: error.response?.statusCode,
  body: typeof error.response?.body === 'string' ? JSON.parse(error.response.body) : error.response?.body,
  wwwAuthenticate: error.response?.headers?.['www-authenticate'],
});

const query = (path, q) => client.request({ path, method: 'POST', body: JSON.stringify({ q }) });

async function run(step) {
  switch (step.kind) {
    case 'query':
      return answered(await query(step.path, step.q));
    case 'pages': {
      // The library has no paging helper: follow the `next` link the way its README's HATEOAS section says.
      const pages = [];
      let path = step.path;
      while (path !== undefined) {
        const page = answered(await query(path, step.q));
        pages.push(page);
        const next = page.data.links.find((link) => link.rel === 'next');
        path = next === undefined ? undefined : next.href.slice(next.href.indexOf(REST_PREFIX) + REST_PREFIX.length);
      }
      return { pages };
    }
    default:
      throw new Error(`unknown step ${step.kind}`);
  }
}

const results = [];
for (const step of JSON.parse(env.NS_STEPS ?? '[]')) {
  try {
    results.push(await run(step));
  } catch (error) {
    results.push(refused(error));
  }
}
process.stdout.write(JSON.stringify(results));
