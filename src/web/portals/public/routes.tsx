import { createRoute, redirect } from "@tanstack/react-router";
import type { JSX } from "react";
import { portalForRole } from "../../../shared/roles";
import { meQueryOptions } from "../../features/me/api/get-me";
import { paths } from "../../lib/paths";
import { rootRoute } from "../root-route";
import { ForgotPasswordPage } from "./forgot-password-page";
import { InvitePage } from "./invite-page";
import { LoginPage, type LoginSearch } from "./login-page";
import { MagicLinkPage } from "./magic-link-page";
import { MfaPage } from "./mfa-page";
import { ResetPasswordPage } from "./reset-password-page";

function optionalString(value: unknown): string | undefined {
  return typeof value === "string" && value.length > 0 ? value : undefined;
}

/** `/`: straight to the user's portal, or to sign-in. */
const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/",
  beforeLoad: async ({ context }) => {
    const me = await context.queryClient.ensureQueryData(meQueryOptions);
    throw redirect({ to: me ? portalForRole(me.role) : paths.login, replace: true });
  },
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "login",
  validateSearch: (search: Record<string, unknown>): LoginSearch => ({
    redirect: optionalString(search.redirect),
    mode: search.mode === "magic" ? "magic" : undefined,
  }),
  component: LoginRoute,
});

function LoginRoute(): JSX.Element {
  return <LoginPage search={loginRoute.useSearch()} />;
}

const loginMfaRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "login/mfa",
  validateSearch: (search: Record<string, unknown>): { redirect?: string } => ({
    redirect: optionalString(search.redirect),
  }),
  component: LoginMfaRoute,
});

function LoginMfaRoute(): JSX.Element {
  return <MfaPage search={loginMfaRoute.useSearch()} />;
}

const magicLinkRoute = createRoute({ getParentRoute: () => rootRoute, path: "auth/magic", component: MagicLinkPage });
const forgotPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "forgot-password",
  component: ForgotPasswordPage,
});
const resetPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "reset-password",
  component: ResetPasswordPage,
});
const inviteRoute = createRoute({ getParentRoute: () => rootRoute, path: "invite", component: InvitePage });

export const publicRoutes = [indexRoute, loginRoute, loginMfaRoute, magicLinkRoute, forgotPasswordRoute, resetPasswordRoute, inviteRoute] as const;
