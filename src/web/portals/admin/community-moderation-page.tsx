import { useTranslation } from "react-i18next";
import { PageHeader } from "../../components/page-header";
import { ButtonLink } from "../../components/router-links";
import { ModerationQueue } from "../../features/community/components/moderation-queue";
import { paths } from "../../lib/paths";

export function CommunityModerationPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader
        title={t("community.moderation.title")}
        description={t("community.moderation.description")}
        actions={
          <ButtonLink to={paths.admin.community} variant="default">
            {t("community.group.back")}
          </ButtonLink>
        }
      />
      <ModerationQueue />
    </>
  );
}
