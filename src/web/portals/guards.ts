import type { QueryClient } from "@tanstack/react-query";
import { redirect } from "@tanstack/react-router";
import type { Me } from "../../shared/contracts/me";
import { type Portal, portalForRole } from "../../shared/roles";
import { meQueryOptions } from "../features/me/api/get-me";
import { setLocale } from "../i18n";
import { accountPathFor, paths } from "../lib/paths";

let localeSyncedForUser: string | null = null;

/** The language remembered on the user's profile wins once per sign-in; later switches update the profile. */
async function syncLocale(me: Me): Promise<void> {
  if (!me.user || localeSyncedForUser === me.user.id) return;
  localeSyncedForUser = me.user.id;
  await setLocale(me.user.locale);
}

export function forgetSyncedLocale(): void {
  localeSyncedForUser = null;
}

/** Signed-in user or a redirect to the sign-in page that comes back here afterwards. */
export async function requireMe(queryClient: QueryClient, location: { href: string }): Promise<Me> {
  const me = await queryClient.ensureQueryData(meQueryOptions);
  if (!me) {
    throw redirect({ to: paths.login, search: { redirect: location.href } });
  }
  await syncLocale(me);
  return me;
}

/** Each role has one portal: anyone else is sent to their own. */
export function requirePortal(me: Me, portal: Portal): void {
  const own = portalForRole(me.role);
  if (own !== portal) throw redirect({ to: own });
}

/** When the company requires MFA and it is not set up yet, the account page is the only place to be. */
export function requireMfaSetupDone(me: Me, location: { pathname: string }): void {
  if (!me.mfaSetupRequired) return;
  const account = accountPathFor(portalForRole(me.role));
  if (location.pathname !== account) throw redirect({ to: account });
}

export async function guardPortal(queryClient: QueryClient, location: { href: string; pathname: string }, portal: Portal): Promise<{ me: Me }> {
  const me = await requireMe(queryClient, location);
  requirePortal(me, portal);
  requireMfaSetupDone(me, location);
  return { me };
}
