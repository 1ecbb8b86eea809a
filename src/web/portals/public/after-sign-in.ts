import type { SignInResult } from "../../../shared/contracts/auth";
import { paths, safeInternalPath } from "../../lib/paths";

/**
 * Where to go once the server accepted a sign-in step. The server's `next` decides the portal; a
 * `redirect` remembered from a guarded page is honoured only if it lies inside that portal.
 */
export function destinationAfterSignIn(result: SignInResult, redirectTo: string | undefined): string {
  const next = safeInternalPath(result.next) ?? paths.root;
  if (result.status === "mfa_required") return next;
  const wanted = safeInternalPath(redirectTo);
  if (!wanted) return next;
  const wantedPath = wanted.split(/[?#]/)[0] ?? "";
  const insidePortal = wantedPath === next || wantedPath.startsWith(`${next}/`);
  const consoleExtra = next === paths.admin.home && wantedPath.startsWith("/dev/");
  return insidePortal || consoleExtra ? wanted : next;
}

/** Reads `#token=…` from the address: links in emails carry secrets in the fragment, never in the query. */
export function readHashToken(hash: string): string | null {
  const params = new URLSearchParams(hash.startsWith("#") ? hash.slice(1) : hash);
  const token = params.get("token")?.trim();
  return token ? token : null;
}
