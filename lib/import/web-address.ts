// A web address read from a file, under the forms' rule (lib/forms/web-address.ts): a file carrying a javascript:
// or otherwise unusable address is refused, naming where it is, and writes nothing.
import { readWebAddress } from '@/lib/forms/web-address';
import { FieldError } from './errors';

export function importedWebAddress(value: string | null, where: string): string | null {
  if (!value) return null;
  const read = readWebAddress(value);
  if (read.ok) return read.url;
  const why =
    read.problem === 'too-long'
      ? 'is over 2,000 characters'
      : read.problem === 'not-http'
        ? 'is not an http or https address'
        : 'is not a web address';
  throw new FieldError(where, `"${value.slice(0, 80)}" ${why}`);
}
