// A local HTTP server speaking the Congress.gov API v3's JSON (https://github.com/LibraryOfCongress/api.congress.gov:
// /bill/<congress> with fromDateTime, sort=updateDate+asc, limit and offset, answering { bills, pagination: { count,
// next }, request }; /bill/<congress>/<type>/<number> answering { bill }; …/actions and …/cosponsors paginated the
// same way) for the tests: no network reaches the machines they run on. It wants the key in api_key (403 otherwise,
// as api.data.gov answers), counts every request (without the key) and can be told to fail.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type ApiPersonSample = {
  bioguideId: string;
  fullName: string;
  firstName: string;
  lastName: string;
  middleName?: string;
  party: string;
  state: string;
  district?: number;
};
export type ApiActionSample = {
  actionCode?: string;
  actionDate: string;
  text: string;
  type?: string;
  sourceSystem?: { code: number; name: string };
  committees?: { name: string; systemCode: string; url?: string }[];
};
export type ApiCosponsorSample = ApiPersonSample & {
  isOriginalCosponsor: boolean;
  sponsorshipDate: string;
  sponsorshipWithdrawnDate?: string;
};
export type ApiBillSample = {
  congress: number;
  type: string; // "HRES"
  number: string;
  title: string;
  originChamber: 'House' | 'Senate';
  introducedDate: string;
  updateDate: string; // ISO date-time
  sponsors: ApiPersonSample[];
  actions: ApiActionSample[]; // newest first, as the API lists them
  cosponsors: ApiCosponsorSample[];
  laws?: { number: string; type: string }[];
  /** Listed by /bill/<congress> only (no detail): a bill of a type the source does not follow. */
  listOnly?: boolean;
};
type Failure = { status: number; headers?: Record<string, string>; body?: string };

export type CongressApiServer = {
  /** The API's base, as a source's baseUrl: http://127.0.0.1:<port>/v3. */
  baseUrl: string;
  key: string;
  bills: Map<string, ApiBillSample>;
  put(bill: ApiBillSample): void;
  /** Each request's path and query without api_key, in order. */
  requests: string[];
  /** Every api_key received (to prove it is only ever sent there). */
  keysSeen: string[];
  failNext(pathSuffix: string, failure: Failure, times?: number): void;
  close(): Promise<void>;
};

const keyOf = (congress: number | string, type: string, number: string) =>
  `${congress}/${type.toLowerCase()}/${number}`;

export async function startCongressApiServer(key = 'TESTKEY0123456789abcdefXYZ'): Promise<CongressApiServer> {
  const bills = new Map<string, ApiBillSample>();
  const requests: string[] = [];
  const keysSeen: string[] = [];
  const failures: { suffix: string; failure: Failure; times: number }[] = [];
  let base = '';

  const page = <T>(items: T[], query: URLSearchParams, path: string) => {
    const limit = Math.min(Number(query.get('limit') ?? 20), 250);
    const offset = Number(query.get('offset') ?? 0);
    const slice = items.slice(offset, offset + limit);
    const next = offset + limit < items.length ? new URLSearchParams(query) : null;
    next?.set('offset', String(offset + limit));
    next?.delete('api_key');
    return {
      slice,
      pagination: { count: items.length, ...(next ? { next: `${base}${path}?${next}` } : {}) },
    };
  };

  function answer(path: string, query: URLSearchParams): unknown {
    const list = /^\/v3\/bill\/(\d+)$/.exec(path);
    if (list) {
      const from = query.get('fromDateTime');
      const since = from ? Date.parse(from) : 0;
      const all = [...bills.values()]
        .filter((b) => String(b.congress) === list[1] && Date.parse(b.updateDate) >= since)
        .sort((a, b) => Date.parse(a.updateDate) - Date.parse(b.updateDate));
      const { slice, pagination } = page(all, query, path);
      return {
        bills: slice.map((b) => ({
          congress: b.congress,
          latestAction: b.actions[0] ? { actionDate: b.actions[0].actionDate, text: b.actions[0].text } : undefined,
          number: b.number,
          originChamber: b.originChamber,
          originChamberCode: b.originChamber[0],
          title: b.title,
          type: b.type,
          updateDate: b.updateDate.slice(0, 10),
          updateDateIncludingText: b.updateDate,
          url: `${base}/v3/bill/${b.congress}/${b.type.toLowerCase()}/${b.number}?format=json`,
        })),
        pagination,
        request: { congress: list[1], contentType: 'application/json', format: 'json' },
      };
    }
    const one = /^\/v3\/bill\/(\d+)\/([a-z]+)\/(\d+)(?:\/(actions|cosponsors))?$/.exec(path);
    if (one) {
      const b = bills.get(keyOf(one[1]!, one[2]!, one[3]!));
      if (!b || b.listOnly) return null;
      const self = `${base}/v3/bill/${b.congress}/${b.type.toLowerCase()}/${b.number}`;
      if (one[4] === 'actions') {
        const { slice, pagination } = page(b.actions, query, path);
        return { actions: slice, pagination, request: { billNumber: b.number, billType: one[2], congress: one[1] } };
      }
      if (one[4] === 'cosponsors') {
        const { slice, pagination } = page(b.cosponsors, query, path);
        return {
          cosponsors: slice.map((c) => ({ ...c, url: `${base}/v3/member/${c.bioguideId}?format=json` })),
          pagination: { ...pagination, countIncludingWithdrawnCosponsors: b.cosponsors.length },
          request: { billNumber: b.number, billType: one[2], congress: one[1] },
        };
      }
      return {
        bill: {
          actions: { count: b.actions.length, url: `${self}/actions?format=json` },
          congress: b.congress,
          constitutionalAuthorityStatementText: undefined,
          cosponsors: {
            count: b.cosponsors.filter((c) => !c.sponsorshipWithdrawnDate).length,
            countIncludingWithdrawnCosponsors: b.cosponsors.length,
            url: `${self}/cosponsors?format=json`,
          },
          introducedDate: b.introducedDate,
          latestAction: b.actions[0] ? { actionDate: b.actions[0].actionDate, text: b.actions[0].text } : undefined,
          ...(b.laws ? { laws: b.laws } : {}),
          number: b.number,
          originChamber: b.originChamber,
          originChamberCode: b.originChamber[0],
          sponsors: b.sponsors.map((s) => ({ ...s, isByRequest: 'N', url: `${base}/v3/member/${s.bioguideId}` })),
          title: b.title,
          type: b.type,
          updateDate: b.updateDate.slice(0, 10),
          updateDateIncludingText: b.updateDate,
        },
        request: { billNumber: b.number, billType: one[2], congress: one[1], format: 'json' },
      };
    }
    return null;
  }

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const given = url.searchParams.get('api_key');
    if (given) keysSeen.push(given);
    const shown = new URLSearchParams(url.searchParams);
    shown.delete('api_key');
    requests.push(`${url.pathname}?${shown}`);
    const failure = failures.find((f) => f.times > 0 && url.pathname.endsWith(f.suffix));
    if (failure) {
      failure.times--;
      res.writeHead(failure.failure.status, failure.failure.headers ?? {});
      res.end(failure.failure.body ?? '');
      return;
    }
    if (given !== key) {
      res.writeHead(403, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'API_KEY_INVALID', message: 'An invalid api_key was supplied.' } }));
      return;
    }
    const body = answer(url.pathname, url.searchParams);
    if (body === null) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: `Unknown resource: ${url.pathname}` }));
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl: `${base}/v3`,
    key,
    bills,
    requests,
    keysSeen,
    put(bill) {
      bills.set(keyOf(bill.congress, bill.type, bill.number), bill);
    },
    failNext(suffix, failure, times = 1) {
      failures.push({ suffix, failure, times });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
