// Each format: a parser that only reads (and throws FieldError naming the element or line) and a writer that
// runs inside the file's transaction.
import { parseBillStatus } from './billstatus/parse';
import { writeBillStatus } from './billstatus/write';
import type { ImportContext } from './context';
import { parseCouncilCsv } from './csv/parse';
import { writeCouncilCsv } from './csv/write';
import { parseCommittees, parseLegislators } from './legislators/parse';
import { writeCommittees, writeLegislators } from './legislators/write';
import { parseOcdPerson } from './ocd-people/parse';
import { writeOcdPerson } from './ocd-people/write';
import type { ImportFormat, WriteResult } from './types';

type Format<T> = { parse: (text: string) => T; write: (ctx: ImportContext, data: T) => Promise<WriteResult> };

const format = <T>(f: Format<T>) => f as Format<unknown>;

export const formats: Record<ImportFormat, Format<unknown>> = {
  billstatus: format({ parse: parseBillStatus, write: writeBillStatus }),
  legislators: format({ parse: parseLegislators, write: writeLegislators }),
  committees: format({ parse: parseCommittees, write: writeCommittees }),
  'ocd-person': format({ parse: parseOcdPerson, write: writeOcdPerson }),
  csv: format({ parse: parseCouncilCsv, write: writeCouncilCsv }),
};
