import dns from 'node:dns';
import net from 'node:net';
import ipaddr from 'ipaddr.js';
import { Agent } from 'undici';
import { FetchError } from './errors.js';

/**
 * The crawler's guard against server-side request forgery. Only public unicast addresses are
 * fetched: loopback, RFC 1918, CGNAT (100.64/10), link-local (169.254/16, cloud metadata),
 * IPv6 loopback/ULA/link-local, v4-mapped and translated forms, unspecified, multicast and
 * reserved ranges are refused, for an address in the URL and for every address a name resolves
 * to at connect time (so a name that resolves differently the second time, DNS rebinding, is
 * caught where the socket is opened). The operator's allow-list (`CRAWL_ALLOW_PRIVATE`: host
 * names, addresses or CIDR ranges) opens intranet sources and the tests' loopback fixtures.
 * Refusals never connect, so their message is the same whether a port is open or closed.
 */

export interface AddressAllowList {
  hosts: ReadonlySet<string>;
  ranges: ReadonlyArray<[ipaddr.IPv4 | ipaddr.IPv6, number]>;
}

export function parseAllowList(entries: readonly string[]): AddressAllowList {
  const hosts = new Set<string>();
  const ranges: Array<[ipaddr.IPv4 | ipaddr.IPv6, number]> = [];
  for (const raw of entries.map((e) => e.trim().toLowerCase()).filter(Boolean)) {
    if (raw.includes('/')) ranges.push(ipaddr.parseCIDR(raw));
    else if (ipaddr.isValid(raw)) {
      const address = ipaddr.process(raw);
      ranges.push([address, address.kind() === 'ipv4' ? 32 : 128]);
    } else hosts.add(raw);
  }
  return { hosts, ranges };
}

/** Whether `entry` is a valid allow-list entry (a CIDR range, an address or a host name). */
export function validAllowEntry(entry: string): boolean {
  const value = entry.trim();
  if (value.includes('/')) return ipaddr.isValidCIDR(value);
  return ipaddr.isValid(value) || /^[a-z0-9.-]+$/i.test(value);
}

/** The range name of a non-public address (`loopback`, `private`, `linkLocal`…), or null for a public one. */
export function nonPublicRange(address: string): string | null {
  const bare = address.replace(/^\[|\]$/g, '');
  if (!ipaddr.isValid(bare)) return 'invalid';
  const range = ipaddr.process(bare).range();
  return range === 'unicast' ? null : range;
}

function allowedAddress(address: string, allow: AddressAllowList): boolean {
  const parsed = ipaddr.process(address.replace(/^\[|\]$/g, ''));
  return allow.ranges.some(([base, bits]) => base.kind() === parsed.kind() && parsed.match(base, bits));
}

export const refused = (url: string, host: string) =>
  new FetchError('refused', `${host} is not a public address; list it in CRAWL_ALLOW_PRIVATE to crawl it`, url);

/** Checks the host of a URL before a request: an address literal here (the socket's lookup is not asked for those). */
export function checkUrlHost(url: URL, allow: AddressAllowList): void {
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (allow.hosts.has(host)) return;
  if (net.isIP(host) && nonPublicRange(host) && !allowedAddress(host, allow)) throw refused(url.toString(), host);
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void;

/** dns.lookup that drops non-public addresses (unless allowed) and fails when none is left. */
export function guardedLookup(allow: AddressAllowList) {
  return (hostname: string, options: dns.LookupOptions, callback: LookupCallback): void => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const host = hostname.toLowerCase();
      const usable = allow.hosts.has(host)
        ? addresses
        : addresses.filter((a) => !nonPublicRange(a.address) || allowedAddress(a.address, allow));
      if (usable.length === 0) {
        const blocked: NodeJS.ErrnoException = new Error(`${hostname} resolves to no public address`);
        blocked.code = 'EADDRREFUSED_BY_POLICY';
        return callback(blocked, []);
      }
      if (options.all) return callback(null, usable);
      callback(null, usable[0]!.address, usable[0]!.family);
    });
  };
}

/** An undici dispatcher whose every connection goes through the guarded lookup. */
export function guardedAgent(allow: AddressAllowList): Agent {
  return new Agent({ connect: { lookup: guardedLookup(allow) } });
}

/**
 * The first non-public address `url` points to (its address, or what its name resolves to now),
 * with the range's name; null when it is public or cannot be resolved. For warnings: the fetch
 * itself checks again at connect time.
 */
export async function privateAddressOf(url: string): Promise<{ address: string; range: string } | null> {
  let host: string;
  try {
    host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  } catch {
    return null;
  }
  const addresses = net.isIP(host)
    ? [host]
    : await dns.promises.lookup(host, { all: true }).then(
        (found) => found.map((a) => a.address),
        () => [],
      );
  for (const address of addresses) {
    const range = nonPublicRange(address);
    if (range) return { address, range };
  }
  return null;
}

/** Whether the allow-list lets the crawler fetch `url` although it points to a non-public address. */
export function allowedPrivate(url: string, address: string, allow: AddressAllowList): boolean {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return allow.hosts.has(host) || allowedAddress(address, allow);
}
