import type { Reply, RecordedRequest } from './scripted-server.js';

export interface FakeToken {
  readonly id: number;
  readonly name: string;
  readonly inactive?: boolean;
  readonly revoked?: boolean;
}

export interface FakeLogin {
  readonly name: string;
  readonly at: string;
}

/** Code point order, as Oracle's binary collation orders UTF-8. */
export function byCodePoints(a: string, b: string): number {
  const left = Array.from(a, (c) => c.codePointAt(0) ?? 0);
  const right = Array.from(b, (c) => c.codePointAt(0) ?? 0);
  for (let i = 0; i < Math.min(left.length, right.length); i += 1) {
    const d = (left[i] ?? 0) - (right[i] ?? 0);
    if (d !== 0) return d;
  }
  return left.length - right.length;
}

/** Reads a SuiteQL string literal starting at a quote: doubled quotes are one quote. */
function readLiteral(sql: string, start: number): string {
  let value = '';
  for (let i = start + 1; i < sql.length; i += 1) {
    if (sql[i] === "'") {
      if (sql[i + 1] === "'") {
        value += "'";
        i += 1;
      } else return value;
    } else value += sql[i] ?? '';
  }
  throw new Error('unterminated literal');
}

/**
 * Answers exactly the operator's two queries, the way NetSuite pages them (limit ≤ 1000, offsets
 * multiples of the limit, never past `maxRows`), with a `tamper` hook for answers NetSuite would not
 * give on its own: rows out of order, totals that move while paging. Not an emulator: it recognises the
 * two query shapes and nothing else. Normal paging is tested against the emulator's SQL engine.
 */
export function fakeSuiteQl(data: { tokens: readonly FakeToken[]; logins: readonly FakeLogin[]; maxRows: number; tamper?: (rows: Record<string, string>[]) => Record<string, string>[] }): (request: RecordedRequest) => Reply {
  return (request) => {
    const url = new URL(request.url, 'http://x');
    const limit = Number(url.searchParams.get('limit'));
    const offset = Number(url.searchParams.get('offset'));
    if (offset % limit !== 0 || offset >= data.maxRows) {
      return { status: 400, body: { 'o:errorDetails': [{ detail: 'Invalid offset.', 'o:errorCode': 'INVALID_PARAMETER' }] } };
    }
    const sql = (JSON.parse(request.body) as { q: string }).q;
    let rows: Record<string, string>[];
    if (sql.includes('FROM oauthtoken t')) {
      const after = /WHERE t\.id > (\d+)/.exec(sql);
      rows = data.tokens
        .filter((token) => after === null || token.id > Number(after[1]))
        .sort((a, b) => a.id - b.id)
        .map((token) => ({
          id: String(token.id),
          tba_token_name: token.name,
          tba_app_name: '7',
          app_name: 'DATABASICS',
          entity_name: '42',
          user_name: 'svc-expense',
          role_name: '1003',
          role_label: 'DataBasics Integration',
          createdby: '3',
          created_by_name: 'Ada Admin',
          dcreated: '2024-03-01T09:30:00',
          binactive: token.inactive === true ? 'T' : 'F',
          brevoked: token.revoked === true ? 'T' : 'F',
          ...(token.revoked === true ? { drevoked: '2024-06-01T10:00:00' } : {}),
        }));
    } else if (sql.includes('FROM loginaudit la')) {
      const marker = sql.indexOf('la.oauthaccesstokenname > ');
      const after = marker === -1 ? null : readLiteral(sql, marker + 'la.oauthaccesstokenname > '.length);
      const latest = new Map<string, string>();
      for (const login of data.logins) {
        if (after !== null && byCodePoints(login.name, after) <= 0) continue;
        const known = latest.get(login.name);
        if (known === undefined || known < login.at) latest.set(login.name, login.at);
      }
      rows = [...latest.entries()].sort(([a], [b]) => byCodePoints(a, b)).map(([name, at]) => ({ token_name: name, last_success: at }));
    } else {
      return { status: 400, body: { 'o:errorDetails': [{ detail: 'Unknown query.', 'o:errorCode': 'INVALID_CONTENT' }] } };
    }
    rows = data.tamper?.(rows) ?? rows;
    const items = rows.slice(offset, offset + limit).map((row) => ({ links: [], ...row }));
    return { status: 200, body: { links: [], count: items.length, hasMore: offset + limit < rows.length, items, offset, totalResults: rows.length } };
  };
}
