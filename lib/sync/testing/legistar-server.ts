// A local HTTP server speaking the Legistar Web API for one client (/v1/<client>/bodies, /matters with OData
// $filter "<field> gt datetime'...'", $orderby, $top, $skip, /matters/<id>/histories|sponsors|attachments,
// /events, /events/<id>/eventitems, /persons/<id>, /officerecords filtered by body and end date), in the shapes of ../shared/fixtures/legistar. Data is what the test puts in.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type {
  LegistarAttachment,
  LegistarBody,
  LegistarEvent,
  LegistarEventItem,
  LegistarHistory,
  LegistarMatter,
  LegistarOfficeRecord,
  LegistarPerson,
  LegistarSponsor,
} from '../legistar';

export type LegistarData = {
  bodies: LegistarBody[];
  matters: LegistarMatter[];
  histories: Record<number, LegistarHistory[]>;
  sponsors: Record<number, LegistarSponsor[]>;
  attachments: Record<number, LegistarAttachment[]>;
  events: LegistarEvent[];
  eventItems: Record<number, LegistarEventItem[]>;
  persons: LegistarPerson[];
  officeRecords: LegistarOfficeRecord[];
};

export type LegistarServer = {
  url: string;
  client: string;
  data: LegistarData;
  requests: string[];
  close(): Promise<void>;
};

function filtered<T extends Record<string, unknown>>(rows: T[], query: URLSearchParams): T[] {
  let out = [...rows];
  const filter = query.get('$filter');
  if (filter) {
    const m = /^(\w+) gt datetime'([^']+)'$/.exec(filter);
    if (!m) throw new Error(`unsupported $filter: ${filter}`);
    const [, field, value] = m;
    const since = new Date(`${value}Z`).getTime();
    out = out.filter((r) => new Date(`${String(r[field!]).replace(/Z$/, '')}Z`).getTime() > since);
  }
  const order = query.get('$orderby');
  if (order) {
    const field = order.split(' ')[0]!;
    out.sort((a, b) => String(a[field]).localeCompare(String(b[field])));
  }
  const skip = Number(query.get('$skip') ?? 0);
  const top = Number(query.get('$top') ?? 1000);
  return out.slice(skip, skip + top);
}

export async function startLegistarServer(client = 'testcity', port = 0): Promise<LegistarServer> {
  const data: LegistarData = {
    bodies: [],
    matters: [],
    histories: {},
    sponsors: {},
    attachments: {},
    events: [],
    eventItems: {},
    persons: [],
    officeRecords: [],
  };
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    requests.push(`${url.pathname}${url.search}`);
    const prefix = `/v1/${client}/`;
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(body));
    };
    if (!url.pathname.startsWith(prefix)) return send(404, { Message: 'No client' });
    const rest = url.pathname.slice(prefix.length).split('/');
    try {
      if (rest[0] === 'bodies' && rest.length === 1) return send(200, data.bodies);
      if (rest[0] === 'matters' && rest.length === 1) return send(200, filtered(data.matters, url.searchParams));
      if (rest[0] === 'matters' && rest.length === 3) {
        const id = Number(rest[1]);
        if (!data.matters.some((m) => m.MatterId === id)) return send(404, { Message: 'No matter' });
        if (rest[2] === 'histories') return send(200, data.histories[id] ?? []);
        if (rest[2] === 'sponsors') return send(200, data.sponsors[id] ?? []);
        if (rest[2] === 'attachments') return send(200, data.attachments[id] ?? []);
      }
      if (rest[0] === 'persons' && rest.length === 2) {
        const person = data.persons.find((p) => p.PersonId === Number(rest[1]));
        return person ? send(200, person) : send(404, { Message: 'No person' });
      }
      if (rest[0] === 'officerecords' && rest.length === 1) {
        // The one filter the sync sends: a body's records ending on or after a date, or not ended.
        const filter = url.searchParams.get('$filter') ?? '';
        const m =
          /^OfficeRecordBodyId eq (\d+) and \(OfficeRecordEndDate ge datetime'([^']+)' or OfficeRecordEndDate eq null\)$/.exec(
            filter,
          );
        if (!m) throw new Error(`unsupported $filter: ${filter}`);
        const since = new Date(`${m[2]}Z`).getTime();
        return send(
          200,
          data.officeRecords.filter(
            (r) =>
              r.OfficeRecordBodyId === Number(m[1]) &&
              (!r.OfficeRecordEndDate || new Date(`${r.OfficeRecordEndDate}Z`).getTime() >= since),
          ),
        );
      }
      if (rest[0] === 'events' && rest.length === 1) return send(200, filtered(data.events, url.searchParams));
      if (rest[0] === 'events' && rest[2] === 'eventitems') return send(200, data.eventItems[Number(rest[1])] ?? []);
    } catch (error) {
      return send(400, { Message: String(error) });
    }
    return send(404, { Message: 'Not found' });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    client,
    data,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
