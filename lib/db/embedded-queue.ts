// The order in which the embedded PGlite serves its clients' messages. PGlite is one PostgreSQL session, and
// pglite-socket lets many connections share it by queueing each wire message as it arrives. Its own queue keeps
// a connection's turn only while a transaction is open, so two connections' extended-protocol sequences
// (Parse, Bind, Describe, Execute ... Sync: what `pg` sends for every parameterised query) interleave: one
// client's Bind lands on the other's unnamed statement, and an error puts the shared session into "skip until
// Sync" for everybody. Under concurrent requests that showed up as wrong rows and Prisma P2025/P2039 errors.
//
// This queue gives a connection the session from its first extended-protocol message until its Sync, as well as
// for a whole transaction, so each connection sees the session as if it were its own. It has the interface
// pglite-socket's server expects of its queue (enqueue, getQueueLength, clearQueueForHandler,
// clearTransactionIfNeeded).
import type { PGlite } from '@electric-sql/pglite';

const SYNC = 0x53; // 'S'
// Parse, Bind, Describe, Execute, Close, Flush: messages that leave an extended-protocol sequence open until Sync.
const OPENS_SEQUENCE = new Set([0x50, 0x42, 0x44, 0x45, 0x43, 0x48]);
const SYNC_MESSAGE = new Uint8Array([SYNC, 0, 0, 0, 4]);

/** A simple-protocol Query message ('Q', length, SQL, NUL). */
function queryMessage(sql: string): Uint8Array {
  const text = Buffer.from(`${sql}\0`, 'utf8');
  const message = Buffer.alloc(5 + text.length);
  message.write('Q', 0, 'ascii');
  message.writeInt32BE(4 + text.length, 1);
  text.copy(message, 5);
  return new Uint8Array(message);
}
const ROLLBACK_MESSAGE = queryMessage('ROLLBACK');

interface QueuedMessage {
  handlerId: number;
  message: Uint8Array;
  onData: (data: Uint8Array) => void;
  resolve: (bytes: number) => void;
  reject: (error: unknown) => void;
}

export class SessionQueue {
  private queue: QueuedMessage[] = [];
  private processing = false;
  /** The connection that holds the session: it has a transaction or an extended-protocol sequence open. */
  private owner: number | null = null;
  private sequenceOpen = false;

  constructor(private readonly db: PGlite) {}

  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    return new Promise((resolve, reject) => {
      this.queue.push({ handlerId, message, onData, resolve, reject });
      void this.processQueue();
    });
  }

  getQueueLength(): number {
    return this.queue.length;
  }

  clearQueueForHandler(handlerId: number): void {
    this.queue = this.queue.filter((item) => {
      if (item.handlerId !== handlerId) return true;
      item.reject(new Error('Handler disconnected'));
      return false;
    });
  }

  /** A connection went away: give the session back clean if it held it (mid-sequence or mid-transaction). */
  async clearTransactionIfNeeded(handlerId: number): Promise<void> {
    if (this.owner !== handlerId) return;
    // Sync ends a sequence (and its "skip until Sync" state after an error); ROLLBACK ends a transaction. Both go
    // as wire messages under the session lock: PGlite's exec() would wait for that same lock.
    await this.db.runExclusive(async () => {
      if (this.sequenceOpen) await this.db.execProtocolRaw(SYNC_MESSAGE);
      if (this.db.isInTransaction()) await this.db.execProtocolRaw(ROLLBACK_MESSAGE);
    });
    this.owner = null;
    this.sequenceOpen = false;
    void this.processQueue();
  }

  private holdsSession(): boolean {
    return this.owner !== null && (this.sequenceOpen || this.db.isInTransaction());
  }

  private async processQueue(): Promise<void> {
    if (this.processing) return;
    this.processing = true;
    try {
      while (this.queue.length) {
        // While a connection holds the session, only its messages run; the others wait for its Sync or COMMIT.
        const index = this.holdsSession() ? this.queue.findIndex((item) => item.handlerId === this.owner) : 0;
        const [item] = index === -1 ? [] : this.queue.splice(index, 1);
        if (!item) return;
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item.message, {
              onRawData: (data) => {
                bytes += data.length;
                item.onData(data);
              },
            }),
          );
        } catch (error) {
          item.reject(error);
          continue;
        }
        const type = item.message[0];
        this.owner = item.handlerId;
        if (type === SYNC) this.sequenceOpen = false;
        else if (type !== undefined && OPENS_SEQUENCE.has(type)) this.sequenceOpen = true;
        item.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  }
}
