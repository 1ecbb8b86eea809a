import { createRoute, redirect } from "@tanstack/react-router";
import type { JSX } from "react";
import { portalForRole } from "../../../shared/roles";
import { meQueryOptions } from "../../features/me/api/get-me";
import { paths } from "../../lib/paths";
import { rootRoute } from "../root-route";
import { ForgotPasswordPage } from "./forgot-password-page";
import { GoodbyePage } from "./goodbye-page";
import { GraduationPage } from "./graduation-page";
import { InvitePage } from "./invite-page";
import { LoginPage, type LoginSearch } from "./login-page";
import { MagicLinkPage } from "./magic-link-page";
import { MfaPage } from "./mfa-page";
import { ReferralLandingPage } from "./referral-landing-page";
import { ResetPasswordPage } from "./reset-password-page";
import { UnsubscribePage } from "./unsubscribe-page";
import { VerifyEmailPage } from "./verify-email-page";

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
const graduationRoute = createRoute({ getParentRoute: () => rootRoute, path: "graduation", component: GraduationPage });
const verifyEmailRoute = createRoute({ getParentRoute: () => rootRoute, path: "verify-email", component: VerifyEmailPage });
const goodbyeRoute = createRoute({ getParentRoute: () => rootRoute, path: "goodbye", component: GoodbyePage });
const referralLandingRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "r/$token",
  component: () => {
    const { token } = referralLandingRoute.useParams();
    return <ReferralLandingPage key={token} token={token} />;
  },
});
const unsubscribeRoute = createRoute({ getParentRoute: () => rootRoute, path: "unsubscribe", component: UnsubscribePage });

export const publicRoutes = [
  indexRoute,
  loginRoute,
  loginMfaRoute,
  magicLinkRoute,
  forgotPasswordRoute,
  resetPasswordRoute,
  inviteRoute,
  graduationRoute,
  verifyEmailRoute,
  goodbyeRoute,
  unsubscribeRoute,
  referralLandingRoute,
] as const;
