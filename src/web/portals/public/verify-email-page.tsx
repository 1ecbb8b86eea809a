import { Stack, Text, ThemeIcon } from "@mantine/core";
import { IconMailCheck } from "@tabler/icons-react";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { PageLoader } from "../../components/page-loader";
import { ButtonLink } from "../../components/router-links";
import { useVerifyEmail } from "../../features/registration/api/verify-email";
import { useDocumentTitle } from "../../lib/document-title";
import { paths } from "../../lib/paths";
import { readHashToken } from "./after-sign-in";
import { AuthCard } from "./auth-card";
import { LinkProblem } from "./link-problem";
import { PublicLayout } from "./public-layout";

/** `/verify-email#token=…`: confirms the address; a second opening kindly says it is already done. */
export function VerifyEmailPage() {
  const { t } = useTranslation();
  const [token] = useState(() => readHashToken(window.location.hash));
  const verify = useVerifyEmail();
  const started = useRef(false);
  useDocumentTitle(t("registration.verify.pageTitle"));

  useEffect(() => {
    if (!token || started.current) return;
    started.current = true;
    verify.mutate(token);
  }, [token, verify]);

  const toPortal = (
    <ButtonLink to={paths.alumni.home} fullWidth>
      {t("registration.verify.toPortal")}
    </ButtonLink>
  );
  let content = <PageLoader />;
  if (!token || verify.isError) {
    content = <LinkProblem title={t("registration.verify.failedTitle")} body={t("registration.verify.failedBody")} actions={toPortal} />;
  } else if (verify.data) {
    const already = verify.data.status === "already_verified";
    content = (
      <AuthCard
        title={already ? t("registration.verify.alreadyTitle") : t("registration.verify.verifiedTitle")}
        icon={
          <ThemeIcon size={44} radius="xl" variant="light" color="teal" aria-hidden>
            <IconMailCheck size={24} />
          </ThemeIcon>
        }
      >
        <Stack gap="lg">
          <Text>{already ? t("registration.verify.alreadyBody") : t("registration.verify.verifiedBody")}</Text>
          {toPortal}
        </Stack>
      </AuthCard>
    );
  }
  return <PublicLayout>{content}</PublicLayout>;
}
