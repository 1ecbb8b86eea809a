import { Button, Stack, Text, ThemeIcon } from "@mantine/core";
import { IconHeartHandshake, IconMailOff } from "@tabler/icons-react";
import type { TFunction } from "i18next";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { UnsubscribeInfo } from "../../../shared/contracts/unsubscribe";
import { PageLoader } from "../../components/page-loader";
import { ProblemAlert } from "../../components/problem-alert";
import { useUnsubscribe, useUnsubscribeInfo } from "../../features/unsubscribe/api/unsubscribe";
import { useDocumentTitle } from "../../lib/document-title";
import { readHashToken } from "./after-sign-in";
import { AuthCard } from "./auth-card";
import { LinkProblem } from "./link-problem";
import { PublicLayout } from "./public-layout";

/**
 * `/unsubscribe#token=…`: the footer link of every non-transactional email. The token stays in the fragment (never
 * sent to the server with the page, never in logs); the page shows what it stops, asks once, then thanks warmly.
 */
export function UnsubscribePage() {
  const { t } = useTranslation();
  const [token] = useState(() => readHashToken(window.location.hash));
  const info = useUnsubscribeInfo(token);
  const unsubscribe = useUnsubscribe();
  const resultHeading = useRef<HTMLDivElement>(null);
  useDocumentTitle(t("mail.unsubscribe.pageTitle"));

  const result = unsubscribe.data;
  useEffect(() => {
    // Move focus to the result so screen readers announce it after the button disappears.
    if (result) resultHeading.current?.focus();
  }, [result]);

  let content = <PageLoader />;
  if (!token || info.isError) {
    content = <LinkProblem title={t("mail.unsubscribe.invalidTitle")} body={t("mail.unsubscribe.invalidBody")} actions={null} />;
  } else if (result || info.data?.done) {
    const done = (result ?? info.data) as UnsubscribeInfo;
    content = (
      <div ref={resultHeading} tabIndex={-1} style={{ outline: "none" }}>
        <AuthCard
          title={result ? t("mail.unsubscribe.doneTitle") : t("mail.unsubscribe.alreadyTitle")}
          icon={
            <ThemeIcon size={44} radius="xl" variant="light" color="teal" aria-hidden>
              <IconHeartHandshake size={24} />
            </ThemeIcon>
          }
        >
          <Text role="status">{doneMessage(t, done)}</Text>
        </AuthCard>
      </div>
    );
  } else if (info.data) {
    const target = info.data;
    const purpose = target.purpose ? t(`consentPurposes.${target.purpose}.label`) : "";
    content = (
      <AuthCard
        title={
          target.kind === "purpose"
            ? t("mail.unsubscribe.purposeTitle", { company: target.tenantName, purpose })
            : t("mail.unsubscribe.offboardingTitle", { company: target.tenantName })
        }
        icon={
          <ThemeIcon size={44} radius="xl" variant="light" aria-hidden>
            <IconMailOff size={24} />
          </ThemeIcon>
        }
      >
        <Stack gap="lg">
          <Text>{target.kind === "purpose" ? t("mail.unsubscribe.purposeBody", { purpose }) : t("mail.unsubscribe.offboardingBody")}</Text>
          {unsubscribe.isError ? <ProblemAlert error={unsubscribe.error} title={t("mail.unsubscribe.failedTitle")} /> : null}
          <Button fullWidth loading={unsubscribe.isPending} onClick={() => unsubscribe.mutate(token)}>
            {t("mail.unsubscribe.confirm")}
          </Button>
        </Stack>
      </AuthCard>
    );
  }
  return <PublicLayout>{content}</PublicLayout>;
}

function doneMessage(t: TFunction, info: UnsubscribeInfo): string {
  if (info.kind === "purpose" && info.purpose) {
    return t("mail.unsubscribe.donePurpose", { company: info.tenantName, purpose: t(`consentPurposes.${info.purpose}.label`) });
  }
  return t("mail.unsubscribe.doneOffboarding", { company: info.tenantName });
}
