import { Alert, Stack, Text } from "@mantine/core";
import { IconCircleCheck } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ButtonLink } from "../../components/router-links";
import { ResetPasswordForm } from "../../features/auth/components/reset-password-form";
import { useDocumentTitle } from "../../lib/document-title";
import { paths } from "../../lib/paths";
import { readHashToken } from "./after-sign-in";
import { AuthCard } from "./auth-card";
import { LinkProblem } from "./link-problem";
import { PublicLayout } from "./public-layout";

type State = { kind: "form" } | { kind: "done" } | { kind: "rejected"; code: string };

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [token] = useState(() => readHashToken(window.location.hash));
  const [state, setState] = useState<State>(token ? { kind: "form" } : { kind: "rejected", code: "token_invalid" });
  useDocumentTitle(t("auth.reset.title"));

  return (
    <PublicLayout>
      {state.kind === "rejected" || !token ? (
        <LinkProblem
          title={state.kind === "rejected" && state.code === "token_expired" ? t("auth.link.expiredTitle") : t("auth.link.invalidTitle")}
          body={state.kind === "rejected" && state.code === "token_expired" ? t("auth.reset.expiredBody") : t("auth.reset.invalidBody")}
          actions={
            <Stack gap="sm">
              <ButtonLink to={paths.forgotPassword} fullWidth>
                {t("auth.reset.requestNew")}
              </ButtonLink>
              <ButtonLink to={paths.login} variant="default" fullWidth>
                {t("auth.backToLogin")}
              </ButtonLink>
            </Stack>
          }
        />
      ) : state.kind === "done" ? (
        <AuthCard title={t("auth.reset.doneTitle")}>
          <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden />} role="status">
            <Text size="sm">{t("auth.reset.doneBody")}</Text>
          </Alert>
          <ButtonLink to={paths.login} fullWidth>
            {t("auth.reset.goToLogin")}
          </ButtonLink>
        </AuthCard>
      ) : (
        <AuthCard title={t("auth.reset.title")} description={t("auth.reset.description")}>
          <ResetPasswordForm token={token} onDone={() => setState({ kind: "done" })} onTokenRejected={(code) => setState({ kind: "rejected", code })} />
        </AuthCard>
      )}
    </PublicLayout>
  );
}
