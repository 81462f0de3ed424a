// The GPO test server of `npm run bench:sync`, in a process of its own (started by scripts/bench/sync.ts with
// child_process.fork), so that the 10,000 files it serves are not counted in the sync's memory. Messages:
//   → { put: { from, count, version?, lastmod } }  adds or replaces files from..from+count-1   ← { done: true }
//   → { takeRequests: true }                        the paths requested since the last take     ← { requests }
//   ← { url } once listening
import { billFileName, billStatusXml, type BillVersion } from '@/lib/sync/testing/bills';
import { startGpoServer } from '@/lib/sync/testing/gpo-server';

type Message =
  { put: { from: number; count: number; version?: BillVersion; lastmod: string } } | { takeRequests: true };

async function main() {
  const gpo = await startGpoServer();
  const send = (message: unknown) => process.send!(message);
  process.on('message', (message: Message) => {
    if ('put' in message) {
      const { from, count, version, lastmod } = message.put;
      for (let n = from; n < from + count; n++)
        gpo.put(billFileName(n), billStatusXml(n, version ? { version } : {}), new Date(lastmod));
      send({ done: true });
    } else {
      send({ requests: gpo.requests.splice(0) });
    }
  });
  process.on('disconnect', () => void gpo.close().then(() => process.exit(0)));
  send({ url: gpo.url });
}

void main();
