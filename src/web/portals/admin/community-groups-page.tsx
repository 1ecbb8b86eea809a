import { IconFlag } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../components/page-header";
import { ButtonLink } from "../../components/router-links";
import { StaffGroups } from "../../features/community/components/groups-list";
import { paths } from "../../lib/paths";

export function CommunityGroupsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader
        title={t("community.groups.staffTitle")}
        description={t("community.groups.staffDescription")}
        actions={
          <ButtonLink to={paths.admin.communityModeration} variant="light" leftSection={<IconFlag size={16} aria-hidden />}>
            {t("community.navModeration")}
          </ButtonLink>
        }
      />
      <StaffGroups />
    </>
  );
}
