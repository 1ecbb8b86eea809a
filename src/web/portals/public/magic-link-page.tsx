import { Stack } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { PageLoader } from "../../components/page-loader";
import { ProblemAlert } from "../../components/problem-alert";
import { ButtonLink } from "../../components/router-links";
import { consumeMagicLink } from "../../features/auth/api/consume-magic-link";
import { isApiError } from "../../lib/api-client";
import { useDocumentTitle } from "../../lib/document-title";
import { paths } from "../../lib/paths";
import { destinationAfterSignIn, readHashToken } from "./after-sign-in";
import { AuthCard } from "./auth-card";
import { LinkProblem } from "./link-problem";
import { PublicLayout } from "./public-layout";

type State = { kind: "working" } | { kind: "rejected"; code: string } | { kind: "failed"; error: unknown };

export function MagicLinkPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // Read once: the token is removed from the address bar right after, as it is single-use.
  const [token] = useState(() => readHashToken(window.location.hash));
  const [state, setState] = useState<State>(() => (token ? { kind: "working" } : { kind: "rejected", code: "token_invalid" }));
  useDocumentTitle(t("auth.magicConsume.title"));

  useEffect(() => {
    if (!token) return;
    window.history.replaceState(window.history.state, "", window.location.pathname);
    let cancelled = false;
    consumeMagicLink({ token })
      .then((result) => {
        if (!cancelled) void navigate({ href: destinationAfterSignIn(result, undefined), replace: true });
      })
      .catch((error: unknown) => {
        if (cancelled) return;
        if (isApiError(error) && (error.status === 410 || error.status === 422 || error.status === 404)) {
          setState({ kind: "rejected", code: error.code });
        } else {
          setState({ kind: "failed", error });
        }
      });
    return () => {
      cancelled = true;
    };
  }, [token, navigate]);

  return (
    <PublicLayout>
      {state.kind === "working" ? (
        <AuthCard title={t("auth.magicConsume.title")} description={t("auth.magicConsume.working")}>
          <PageLoader minHeight={80} />
        </AuthCard>
      ) : state.kind === "rejected" ? (
        <LinkProblem
          title={state.code === "token_expired" ? t("auth.link.expiredTitle") : t("auth.link.invalidTitle")}
          body={state.code === "token_expired" ? t("auth.magicConsume.expiredBody") : t("auth.magicConsume.invalidBody")}
          actions={
            <Stack gap="sm">
              <ButtonLink to={paths.login} search={{ mode: "magic" }} fullWidth>
                {t("auth.magicConsume.requestNew")}
              </ButtonLink>
              <ButtonLink to={paths.login} variant="default" fullWidth>
                {t("auth.backToLogin")}
              </ButtonLink>
            </Stack>
          }
        />
      ) : (
        <AuthCard title={t("auth.magicConsume.title")}>
          <ProblemAlert error={state.error} />
          <ButtonLink to={paths.login} variant="default" fullWidth>
            {t("auth.backToLogin")}
          </ButtonLink>
        </AuthCard>
      )}
    </PublicLayout>
  );
}
