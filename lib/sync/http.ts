// The one HTTP client every sync source reads through, polite to the services it reads: a User-Agent naming the
// app and a contact, a request rate per host, a timeout, a size cap per response, retries with exponential backoff
// that honour Retry-After (429, 503), and conditional requests (If-None-Match / If-Modified-Since) from what the
// last run stored, so an unchanged file costs a 304 and no body.
import { config } from '@/lib/config/env';

/** "ResolutionTracker/0.1 (+https://tracker.example.org; Resolution Tracker <no-reply@tracker.example.org>)": the
 * site and the sender address (SITE_URL, EMAIL_FROM), so the services read know whom to tell. */
export function syncUserAgent(): string {
  const { siteUrl, emailFrom } = config();
  return `ResolutionTracker/0.1 (+${siteUrl}; ${emailFrom})`;
}

export type HttpOptions = {
  /** Requests per second to one host (default 5). */
  ratePerSecond?: number;
  timeoutMs?: number;
  maxBytes?: number;
  /** Attempts after the first (default 4). */
  retries?: number;
  /** The first backoff; doubled each retry (default 1 s). */
  backoffMs?: number;
  /** The longest wait a Retry-After may ask for before the request is given up (default 5 minutes). */
  maxRetryAfterMs?: number;
  userAgent?: string;
  /** For tests: how to wait. */
  sleep?: (ms: number) => Promise<void>;
};

export type Conditional = { etag?: string | null; lastModified?: string | null };

export type HttpResult =
  | { status: 304; notModified: true; url: string }
  | {
      status: number;
      notModified: false;
      url: string;
      body: Uint8Array;
      etag: string | null;
      lastModified: string | null;
    };

export class HttpError extends Error {
  constructor(
    readonly url: string,
    readonly status: number | null,
    message: string,
  ) {
    super(message);
  }
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Seconds or an HTTP date, as RFC 9110 allows; null when absent or unreadable. */
export function retryAfterMs(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

export type HttpClient = {
  get(url: string, conditional?: Conditional): Promise<HttpResult>;
  /** Requests sent (each attempt counts), per host. */
  readonly requests: Map<string, number>;
  totalRequests(): number;
};

export function createHttpClient(options: HttpOptions = {}): HttpClient {
  const {
    ratePerSecond = 5,
    timeoutMs = 30_000,
    maxBytes = 20 * 1024 * 1024,
    retries = 4,
    backoffMs = 1000,
    maxRetryAfterMs = 5 * 60_000,
    userAgent = syncUserAgent(),
    sleep = defaultSleep,
  } = options;
  const interval = 1000 / ratePerSecond;
  const nextSlot = new Map<string, number>();
  const requests = new Map<string, number>();

  /** Waits for the host's next free slot: requests to one host are spaced `interval` apart. */
  async function slot(host: string) {
    const now = Date.now();
    const at = Math.max(now, nextSlot.get(host) ?? 0);
    nextSlot.set(host, at + interval);
    if (at > now) await sleep(at - now);
  }

  async function readCapped(response: Response, url: string): Promise<Uint8Array> {
    const declared = Number(response.headers.get('content-length') ?? 'NaN');
    if (declared > maxBytes) {
      await response.body?.cancel();
      throw new HttpError(
        url,
        response.status,
        `${url}: the response is ${declared} bytes, over the ${maxBytes} limit`,
      );
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    if (response.body) {
      const reader = response.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.byteLength;
        if (size > maxBytes) {
          await reader.cancel();
          throw new HttpError(url, response.status, `${url}: the response is over the ${maxBytes} byte limit`);
        }
        chunks.push(value);
      }
    }
    return Buffer.concat(chunks);
  }

  async function get(url: string, conditional: Conditional = {}): Promise<HttpResult> {
    const host = new URL(url).host;
    let lastError: HttpError | null = null;
    for (let attempt = 0; attempt <= retries; attempt++) {
      await slot(host);
      requests.set(host, (requests.get(host) ?? 0) + 1);
      const headers: Record<string, string> = { 'user-agent': userAgent, accept: '*/*' };
      if (conditional.etag) headers['if-none-match'] = conditional.etag;
      if (conditional.lastModified) headers['if-modified-since'] = conditional.lastModified;
      let response: Response;
      try {
        response = await fetch(url, { headers, signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
      } catch (error) {
        const reason = (error as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : String(error);
        lastError = new HttpError(url, null, `${url}: ${reason}`);
        if (attempt < retries) await sleep(backoffMs * 2 ** attempt);
        continue;
      }
      if (response.status === 304) return { status: 304, notModified: true, url };
      if (response.ok) {
        const body = await readCapped(response, url);
        return {
          status: response.status,
          notModified: false,
          url,
          body,
          etag: response.headers.get('etag'),
          lastModified: response.headers.get('last-modified'),
        };
      }
      await response.body?.cancel();
      lastError = new HttpError(url, response.status, `${url}: HTTP ${response.status} ${response.statusText}`);
      const retryable = response.status === 429 || response.status >= 500;
      if (!retryable || attempt === retries) break;
      const asked =
        response.status === 429 || response.status === 503 ? retryAfterMs(response.headers.get('retry-after')) : null;
      if (asked !== null && asked > maxRetryAfterMs) {
        throw new HttpError(
          url,
          response.status,
          `${url}: asked to retry after ${Math.round(asked / 1000)} s; given up for this run`,
        );
      }
      const wait = Math.max(asked ?? 0, backoffMs * 2 ** attempt);
      // Nothing else goes to that host meanwhile.
      nextSlot.set(host, Math.max(nextSlot.get(host) ?? 0, Date.now() + wait));
      await sleep(wait);
    }
    throw lastError ?? new HttpError(url, null, `${url}: failed`);
  }

  return {
    get,
    requests,
    totalRequests: () => [...requests.values()].reduce((a, b) => a + b, 0),
  };
}
