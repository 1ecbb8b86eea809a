import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { BlockList, isIP } from "node:net";

/**
 * Where a tenant's webhooks may point. A multi-tenant server must not become a proxy into its own
 * network (SSRF): private, loopback, link-local (cloud metadata) and reserved addresses are refused
 * unless the configuration allows them (demo mode and tests, where the receiver runs beside Okaeri).
 * URLs are checked when saved, and every connection checks the addresses DNS returned at that moment,
 * so a name that later resolves to 127.0.0.1 (DNS rebinding) is refused too.
 */
const blocked = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const) {
  blocked.addSubnet(network, prefix, "ipv4");
}
for (const [network, prefix] of [
  ["::", 127], // unspecified and loopback
  ["::ffff:0:0", 96], // IPv4-mapped: would hide any IPv4 address
  ["64:ff9b::", 96], // NAT64
  ["100::", 64], // discard
  ["2001:db8::", 32], // documentation
  ["fc00::", 7], // unique local
  ["fe80::", 10], // link-local
  ["ff00::", 8], // multicast
] as const) {
  blocked.addSubnet(network, prefix, "ipv6");
}

export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  return blocked.check(address, family === 4 ? "ipv4" : "ipv6");
}

export type TargetProblem = "invalid_url" | "unsupported_scheme" | "credentials_in_url" | "private_address";

/** Why a URL may not receive webhooks, or null when it may. */
export function targetProblemOf(raw: string, allowPrivate: boolean): TargetProblem | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "invalid_url";
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return "unsupported_scheme";
  if (url.username || url.password) return "credentials_in_url";
  if (!url.hostname) return "invalid_url";
  if (allowPrivate) return null;
  const host = hostOf(url);
  if (isIP(host)) return isPrivateAddress(host) ? "private_address" : null;
  // Names that only mean something inside a network: localhost, single labels ("intranet"), mDNS.
  const name = host.toLowerCase().replace(/\.$/, "");
  if (name === "localhost" || name.endsWith(".localhost") || name.endsWith(".local") || name.endsWith(".internal") || !name.includes(".")) {
    return "private_address";
  }
  return null;
}

/** The host as the socket layer wants it: IPv6 literals without their brackets. */
export function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, "$1");
}

export class PrivateAddressError extends Error {
  readonly code = "private_address";
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** A `lookup` for http.request that refuses private addresses after resolving, at connect time. */
export function guardedLookup(hostname: string, options: { all?: boolean; family?: number | string }, callback: LookupCallback): void {
  dnsLookup(hostname, { family: typeof options.family === "number" ? options.family : 0, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    const first = addresses[0];
    if (!first) return callback(Object.assign(new Error("no address"), { code: "ENOTFOUND" }), []);
    if (addresses.some((entry) => isPrivateAddress(entry.address))) return callback(new PrivateAddressError("private address"), []);
    if (options.all) callback(null, addresses);
    else callback(null, first.address, first.family);
  });
}
