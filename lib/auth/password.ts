// Passwords are stored as argon2id hashes (@node-rs/argon2: prebuilt, Node runtime only).
import { hash, verify } from '@node-rs/argon2';
import { z } from 'zod';

// OWASP's minimum for argon2id: 19 MiB, 2 iterations, 1 lane.
const OPTIONS = { algorithm: 2 /* Algorithm.Argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const passwordSchema = z.string().min(10, 'Use at least 10 characters.').max(200, 'Use at most 200 characters.');

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

// A hash of nothing in particular, verified when the email is unknown so that a wrong email takes as long as a
// wrong password and the timing does not tell which accounts exist.
let decoy: Promise<string> | undefined;

export async function verifyPassword(storedHash: string | null | undefined, password: string): Promise<boolean> {
  if (!storedHash) {
    decoy ??= hashPassword('decoy password for unknown accounts');
    await verify(await decoy, password).catch(() => false);
    return false;
  }
  return verify(storedHash, password).catch(() => false);
}
