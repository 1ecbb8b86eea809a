import { Badge, Group, Stack, Text, ThemeIcon } from "@mantine/core";
import { IconMailHeart } from "@tabler/icons-react";
import { useNavigate } from "@tanstack/react-router";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import type { InvitationPreview } from "../../../shared/contracts/auth";
import { PageLoader } from "../../components/page-loader";
import { ProblemAlert } from "../../components/problem-alert";
import { ButtonLink } from "../../components/router-links";
import { useInvitationPreview } from "../../features/auth/api/inspect-invitation";
import { AcceptInvitationForm } from "../../features/auth/components/accept-invitation-form";
import { isApiError } from "../../lib/api-client";
import { useDocumentTitle } from "../../lib/document-title";
import { paths } from "../../lib/paths";
import { destinationAfterSignIn, readHashToken } from "./after-sign-in";
import { AuthCard } from "./auth-card";
import { LinkProblem } from "./link-problem";
import { PublicLayout } from "./public-layout";

type UnusableStatus = Exclude<InvitationPreview["status"], "valid">;

export function InvitePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [token] = useState(() => readHashToken(window.location.hash));
  const preview = useInvitationPreview(token);
  useDocumentTitle(t("auth.invite.pageTitle"));

  const badRequest = isApiError(preview.error) && [400, 404, 410, 422].includes(preview.error.status);

  let content: ReactNode;
  if (!token || badRequest) {
    content = <UnusableInvitation status="invalid" />;
  } else if (preview.isPending) {
    content = <PageLoader />;
  } else if (preview.isError) {
    content = (
      <AuthCard title={t("auth.invite.pageTitle")}>
        <ProblemAlert error={preview.error} />
      </AuthCard>
    );
  } else if (preview.data.status !== "valid") {
    content = <UnusableInvitation status={preview.data.status} tenantName={preview.data.tenantName} />;
  } else {
    const data = preview.data;
    const role = data.role;
    const tenant = data.tenantName ?? t("auth.invite.yourCompany");
    content = (
      <AuthCard
        title={role === "alumnus" ? t("auth.invite.alumniTitle", { tenant }) : t("auth.invite.title", { tenant })}
        icon={
          <ThemeIcon size={44} radius="xl" variant="light" color="grape" aria-hidden>
            <IconMailHeart size={24} />
          </ThemeIcon>
        }
        description={
          <Stack gap="xs">
            <Text size="sm" c="dimmed">
              {role === "alumnus" ? t("auth.invite.alumniIntro", { tenant }) : t("auth.invite.intro", { tenant })}
            </Text>
            {role ? (
              <Group gap="xs">
                <Text size="sm" fw={600}>
                  {t("auth.invite.roleLabel")}
                </Text>
                <Badge variant="light">{t(`roles.${role}`)}</Badge>
              </Group>
            ) : null}
            {data.existingAccount ? (
              <Text size="sm" c="dimmed">
                {t("auth.invite.existingAccountIntro")}
              </Text>
            ) : null}
          </Stack>
        }
      >
        <AcceptInvitationForm
          token={token}
          preview={data}
          onAccepted={(result) => void navigate({ href: destinationAfterSignIn(result, undefined), replace: true })}
        />
      </AuthCard>
    );
  }

  return <PublicLayout>{content}</PublicLayout>;
}

function UnusableInvitation({ status, tenantName }: { status: UnusableStatus; tenantName?: string | null }) {
  const { t } = useTranslation();
  const tenant = tenantName ?? t("auth.invite.yourCompany");
  return (
    <LinkProblem
      title={t(`auth.invite.status.${status}.title`)}
      body={t(`auth.invite.status.${status}.body`, { tenant })}
      actions={
        status === "used" ? (
          <ButtonLink to={paths.login} fullWidth>
            {t("auth.invite.signInInstead")}
          </ButtonLink>
        ) : (
          <ButtonLink to={paths.login} variant="default" fullWidth>
            {t("auth.backToLogin")}
          </ButtonLink>
        )
      }
    />
  );
}
