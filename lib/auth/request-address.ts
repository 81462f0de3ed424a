// The client's address of the request being handled (lib/auth/client-address.ts says where it comes from).
import 'server-only';
import { headers } from 'next/headers';
import {
  clientAddressFrom,
  PEER_ADDRESS_HEADER,
  peerAddressHeaderInstalled,
  trustedProxies,
} from '@/lib/auth/client-address';

let warned = false;

export async function clientAddress(): Promise<string> {
  const list = await headers();
  if (peerAddressHeaderInstalled()) return clientAddressFrom(list, trustedProxies());
  // Then the peer header, if any, is the client's own: ignored.
  if (!warned) {
    warned = true;
    console.error(
      'Sign-in limits: socket addresses are not recorded in this process (instrumentation.ts did not run); without TRUSTED_PROXIES every client counts as "unknown".',
    );
  }
  return clientAddressFrom({ get: (name) => (name === PEER_ADDRESS_HEADER ? null : list.get(name)) }, trustedProxies());
}
