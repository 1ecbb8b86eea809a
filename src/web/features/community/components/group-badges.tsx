import { Badge, Group } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { CommunityGroup } from "../../../../shared/contracts/community";

/** Kind, joining policy, openness and the caller's own status, as small badges. */
export function GroupBadges({ group, showMine = true }: { group: CommunityGroup; showMine?: boolean }) {
  const { t } = useTranslation();
  return (
    <Group gap={6}>
      <Badge variant="light" color="indigo">
        {t(`community.groups.kind.${group.kind}`)}
      </Badge>
      {group.joinPolicy === "approval" ? (
        <Badge variant="light" color="orange">
          {t("community.groups.approvalNeeded")}
        </Badge>
      ) : null}
      {group.openToEmployees ? (
        <Badge variant="light" color="grape">
          {t("community.groups.openToEmployees")}
        </Badge>
      ) : null}
      {group.archived ? (
        <Badge variant="light" color="gray">
          {t("community.groups.archived")}
        </Badge>
      ) : null}
      {showMine && group.myStatus === "active" ? (
        <Badge variant="filled" color="teal">
          {group.myRole === "host" ? t("community.groups.host") : t("community.groups.joined")}
        </Badge>
      ) : null}
      {showMine && group.myStatus === "pending" ? (
        <Badge variant="outline" color="orange">
          {t("community.groups.pending")}
        </Badge>
      ) : null}
    </Group>
  );
}
