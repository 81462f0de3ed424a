// Webhooks must not reach into the server's own network: private, loopback, link-local, carrier-grade NAT,
// multicast and reserved addresses are refused, for every address a name resolves to, at registration and again at
// each connection (the lookup below), so a name that later resolves elsewhere (DNS rebinding) is refused too.
import dns from 'node:dns';
import net from 'node:net';

const blocked = new net.BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  blocked.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['2001:db8::', 32],
  ['64:ff9b::', 96],
  ['100::', 64],
] as const)
  blocked.addSubnet(network, prefix, 'ipv6');

export function isPublicAddress(address: string): boolean {
  const family = net.isIP(address);
  if (family === 0) return false;
  // ::ffff:10.0.0.1 is 10.0.0.1.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return !blocked.check(mapped[1]!, 'ipv4');
  return !blocked.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

export class WebhookAddressRefused extends Error {}

/** Every address `host` resolves to; refused unless all are public (or private ones are allowed, in tests). */
export async function checkHost(host: string, allowPrivate: boolean): Promise<string[]> {
  const bare = host.replace(/^\[|\]$/g, '');
  const addresses = net.isIP(bare)
    ? [bare]
    : (await dns.promises.lookup(bare, { all: true, verbatim: true })).map((entry) => entry.address);
  if (!addresses.length) throw new WebhookAddressRefused(`${host} does not resolve to any address.`);
  const refused = allowPrivate ? [] : addresses.filter((address) => !isPublicAddress(address));
  if (refused.length)
    throw new WebhookAddressRefused(
      `${host} resolves to ${refused.join(', ')}: private, loopback and link-local addresses are refused.`,
    );
  return addresses;
}

/** A `lookup` for http(s).request that connects only to addresses checkHost accepts. */
export function guardedLookup(allowPrivate: boolean): net.LookupFunction {
  return (hostname, options, callback) => {
    checkHost(hostname, allowPrivate).then(
      (addresses) => {
        const address = addresses[0]!;
        if ((options as dns.LookupOptions).all)
          callback(
            null,
            addresses.map((a) => ({ address: a, family: net.isIP(a) })),
          );
        else callback(null, address, net.isIP(address));
      },
      (error: Error) => callback(error as NodeJS.ErrnoException, '', 0),
    );
  };
}
