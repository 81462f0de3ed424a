// One POST to a webhook URL through a lookup that refuses private addresses at connect time (lib/webhooks/address.ts).
import http from 'node:http';
import https from 'node:https';
import { guardedLookup } from '@/lib/webhooks/address';

export type PostResult = { status: number };

export function postJson(
  url: URL,
  body: string,
  headers: Record<string, string>,
  options: { allowPrivate: boolean; timeoutMs: number },
): Promise<PostResult> {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      url,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'user-agent': 'ResolutionTracker-Webhooks/1',
          ...headers,
        },
        lookup: guardedLookup(options.allowPrivate),
        timeout: options.timeoutMs,
      },
      (response) => {
        response.resume(); // the body is not read: only the status counts
        response.on('end', () => resolve({ status: response.statusCode ?? 0 }));
      },
    );
    request.on('timeout', () => request.destroy(new Error(`No answer within ${options.timeoutMs} ms`)));
    request.on('error', reject);
    request.end(body);
  });
}
