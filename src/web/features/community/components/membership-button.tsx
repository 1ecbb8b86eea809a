import { Button } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { CommunityGroup } from "../../../../shared/contracts/community";
import { ConfirmButton } from "../../../components/confirm-button";
import { notifyProblem, notifySuccess } from "../../../lib/notify";
import { useJoinGroup, useLeaveGroup } from "../api/community";

/** Join (or ask to join), withdraw a request, or leave (after a confirmation). */
export function MembershipButton({ group }: { group: CommunityGroup }) {
  const { t } = useTranslation();
  const join = useJoinGroup();
  const leave = useLeaveGroup();
  if (group.archived) return null;
  if (group.myStatus === "none") {
    return (
      <Button
        size="sm"
        loading={join.isPending}
        aria-label={`${t(group.joinPolicy === "open" ? "community.groups.join" : "community.groups.requestJoin")}: ${group.name}`}
        onClick={() =>
          join.mutate(group.id, {
            onSuccess: (r) => notifySuccess(t(r.status === "active" ? "community.groups.joinedToast" : "community.groups.requestedToast")),
            onError: notifyProblem,
          })
        }
      >
        {t(group.joinPolicy === "open" ? "community.groups.join" : "community.groups.requestJoin")}
      </Button>
    );
  }
  return (
    <ConfirmButton
      size="sm"
      variant="default"
      aria-label={`${t(group.myStatus === "pending" ? "community.groups.withdraw" : "community.groups.leave")}: ${group.name}`}
      confirmTitle={t("community.groups.leaveConfirmTitle")}
      confirmMessage={t("community.groups.leaveConfirmBody")}
      confirmLabel={t(group.myStatus === "pending" ? "community.groups.withdraw" : "community.groups.leave")}
      onConfirm={async () => {
        await leave.mutateAsync(group.id);
        notifySuccess(t("community.groups.leftToast"));
      }}
    >
      {t(group.myStatus === "pending" ? "community.groups.withdraw" : "community.groups.leave")}
    </ConfirmButton>
  );
}
