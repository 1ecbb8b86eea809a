import { Box, Button, Checkbox, Divider, Group, Stack, Text, ThemeIcon } from "@mantine/core";
import { IconConfetti } from "@tabler/icons-react";
import { useNavigate } from "@tanstack/react-router";
import dayjs from "dayjs";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmButton } from "../../components/confirm-button";
import { PageLoader } from "../../components/page-loader";
import { ProblemAlert } from "../../components/problem-alert";
import { ButtonLink } from "../../components/router-links";
import { useGraduationPreview } from "../../features/registration/api/inspect-graduation";
import { useDeclineGraduation } from "../../features/registration/api/register";
import { GraduationWizard } from "../../features/registration/components/graduation-wizard";
import { NoticeBody } from "../../features/registration/components/notice-body";
import { currentLocale } from "../../i18n";
import { isApiError } from "../../lib/api-client";
import { useDocumentTitle } from "../../lib/document-title";
import { paths } from "../../lib/paths";
import { destinationAfterSignIn, readHashToken } from "./after-sign-in";
import { AuthCard } from "./auth-card";
import { LinkProblem } from "./link-problem";
import { PublicLayout } from "./public-layout";

type Unusable = "invalid" | "expired" | "used" | "declined" | "cancelled";

/** `/graduation#token=…`: the leaver reads the privacy notice, then registers as an alumnus (or declines). */
export function GraduationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [token] = useState(() => readHashToken(window.location.hash));
  const preview = useGraduationPreview(token);
  const decline = useDeclineGraduation();
  const [acknowledged, setAcknowledged] = useState(false);
  const [noticeRead, setNoticeRead] = useState(false);
  useDocumentTitle(t("registration.pageTitle"));

  const badRequest = isApiError(preview.error) && [400, 404, 410, 422].includes(preview.error.status);
  let content: ReactNode;
  if (!token || badRequest) {
    content = <UnusableLink status="invalid" />;
  } else if (preview.isPending) {
    content = <PageLoader />;
  } else if (preview.isError) {
    content = (
      <AuthCard title={t("registration.pageTitle")}>
        <ProblemAlert error={preview.error} onRetry={() => void preview.refetch()} />
      </AuthCard>
    );
  } else if (decline.isSuccess) {
    content = (
      <LinkProblem
        title={t("registration.declined.title")}
        body={t("registration.declined.body")}
        actions={
          <ButtonLink to={paths.login} variant="default" fullWidth>
            {t("registration.signIn")}
          </ButtonLink>
        }
      />
    );
  } else if (preview.data.status !== "valid" || !preview.data.notice) {
    content = <UnusableLink status={preview.data.status === "valid" ? "invalid" : preview.data.status} tenantName={preview.data.companyName} />;
  } else {
    const data = { ...preview.data, notice: preview.data.notice };
    const tenant = data.companyName ?? t("registration.yourCompany");
    const name = data.prefill
      ? currentLocale() === "ja"
        ? `${data.prefill.familyName} ${data.prefill.givenName}`
        : `${data.prefill.givenName} ${data.prefill.familyName}`
      : "";
    const declineButton = (
      <ConfirmButton
        variant="subtle"
        color="gray"
        size="sm"
        confirmTitle={t("registration.declineTitle")}
        confirmMessage={t("registration.declineMessage")}
        confirmLabel={t("registration.declineConfirm")}
        destructive={false}
        onConfirm={() => decline.mutateAsync(token)}
      >
        {t("registration.decline")}
      </ConfirmButton>
    );
    content = (
      <AuthCard
        title={t("registration.greeting", { name })}
        icon={
          <ThemeIcon size={44} radius="xl" variant="light" color="pink" aria-hidden>
            <IconConfetti size={24} />
          </ThemeIcon>
        }
        description={
          <Stack gap={4}>
            <Text size="sm">{t("registration.intro", { tenant })}</Text>
            {data.prefill?.department ? (
              <Text size="xs" c="dimmed">
                {t("registration.prefillDepartment", { department: data.prefill.department })}
              </Text>
            ) : null}
            {data.prefill?.maskedWorkEmail ? (
              <Text size="xs" c="dimmed">
                {t("registration.prefillWorkEmail", { email: data.prefill.maskedWorkEmail })}
              </Text>
            ) : null}
          </Stack>
        }
      >
        {noticeRead ? (
          <GraduationWizard
            token={token}
            preview={data}
            tenant={tenant}
            onRegistered={(result) => void navigate({ href: destinationAfterSignIn(result, undefined), replace: true })}
          />
        ) : (
          <Stack gap="md">
            <Stack gap={4}>
              <Text fw={700}>{t("registration.notice.title")}</Text>
              <Text size="sm" c="dimmed">
                {t("registration.notice.intro", { tenant })}
              </Text>
              <Text size="xs" c="dimmed">
                {t("registration.notice.version", {
                  version: data.notice.version,
                  date: dayjs(data.notice.publishedAt).format(currentLocale() === "ja" ? "YYYY年M月D日" : "D MMM YYYY"),
                })}
              </Text>
            </Stack>
            <NoticeBody body={currentLocale() === "ja" ? data.notice.bodyJa : data.notice.bodyEn} label={t("registration.notice.regionLabel")} />
            <Checkbox checked={acknowledged} onChange={(e) => setAcknowledged(e.currentTarget.checked)} label={t("registration.notice.acknowledge")} />
            <Button disabled={!acknowledged} onClick={() => setNoticeRead(true)} size="md" fullWidth>
              {t("registration.notice.continue")}
            </Button>
          </Stack>
        )}
        <Divider />
        <Group justify="center">{declineButton}</Group>
        <ProblemAlert error={decline.error} />
      </AuthCard>
    );
  }
  // The stepper needs more room than the sign-in card; the reading width stays comfortable.
  return (
    <PublicLayout wide>
      <Box maw={680} mx="auto">
        {content}
      </Box>
    </PublicLayout>
  );
}

function UnusableLink({ status, tenantName }: { status: Unusable; tenantName?: string | null }) {
  const { t } = useTranslation();
  const tenant = tenantName ?? t("registration.yourCompany");
  return (
    <LinkProblem
      title={t(`registration.status.${status}.title`)}
      body={t(`registration.status.${status}.body`, { tenant })}
      actions={
        <ButtonLink to={paths.login} variant={status === "used" ? "filled" : "default"} fullWidth>
          {t("registration.signIn")}
        </ButtonLink>
      }
    />
  );
}
