import { SignInResult, type TokenInput } from "../../../../shared/contracts/auth";
import { apiFetch } from "../../../lib/api-client";

const inFlight = new Map<string, Promise<SignInResult>>();

/**
 * Magic links are single-use: the same token is only ever posted once per page load,
 * even if React mounts the page twice (StrictMode) or the user double-clicks.
 */
export function consumeMagicLink(input: TokenInput): Promise<SignInResult> {
  const existing = inFlight.get(input.token);
  if (existing) return existing;
  const request = apiFetch("/api/auth/magic-link/consume", { method: "POST", body: input, schema: SignInResult });
  inFlight.set(input.token, request);
  return request;
}
