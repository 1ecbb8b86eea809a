import { useTranslation } from "react-i18next";
import { PageLoader } from "../../components/page-loader";
import { ProblemAlert } from "../../components/problem-alert";
import { useReferralLanding } from "../../features/referrals/api/referrals";
import { ReferralLandingView } from "../../features/referrals/components/referral-landing";
import { currentLocale } from "../../i18n";
import { isApiError } from "../../lib/api-client";
import { useDocumentTitle } from "../../lib/document-title";
import { LinkProblem } from "./link-problem";
import { PublicLayout } from "./public-layout";

/** `/r/$token`: a personal referral link, opened by anyone (no sign-in). */
export function ReferralLandingPage({ token }: { token: string }) {
  const { t } = useTranslation();
  const landing = useReferralLanding(token, currentLocale());
  useDocumentTitle(landing.data ? landing.data.position.title : t("referrals.landing.pageTitle"));

  if (landing.isPending) {
    return (
      <PublicLayout>
        <PageLoader />
      </PublicLayout>
    );
  }
  if (landing.isError) {
    const status = isApiError(landing.error) ? landing.error.status : 0;
    return (
      <PublicLayout>
        {status === 410 ? (
          <LinkProblem title={t("referrals.landing.closedTitle")} body={t("referrals.landing.closedBody")} actions={null} />
        ) : status === 404 || status === 422 ? (
          <LinkProblem title={t("referrals.landing.unknownTitle")} body={t("referrals.landing.unknownBody")} actions={null} />
        ) : (
          <ProblemAlert error={landing.error} onRetry={() => void landing.refetch()} />
        )}
      </PublicLayout>
    );
  }
  return (
    <PublicLayout wide>
      <ReferralLandingView token={token} landing={landing.data} />
    </PublicLayout>
  );
}
