import { ActionIcon, Menu } from "@mantine/core";
import { IconDots, IconEdit, IconEye, IconEyeOff, IconFlag, IconPin, IconPinnedOff, IconTrash, IconUserOff } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Author, ContentStatus } from "../../../../shared/contracts/community";
import { ConfirmDialog } from "../../../components/confirm-dialog";
import { notifyProblem, notifySuccess } from "../../../lib/notify";
import { useDeleteComment, useDeletePost, useModerate, usePin, useSuspend } from "../api/community";
import { ReasonDialog } from "./reason-dialog";
import { ReportDialog } from "./report-dialog";

interface Props {
  kind: "post" | "comment";
  author: Author;
  id: string;
  postId: string;
  mine: boolean;
  staff: boolean;
  /** May report (a member who is not suspended). */
  canReport: boolean;
  status: ContentStatus;
  pinned?: boolean;
  onEdit?: () => void;
  onDeleted?: () => void;
}

/** The "…" menu of a post or comment: edit/delete one's own, report others', and HR's pin and moderation. */
export function ContentActions({ kind, author, id, postId, mine, staff, canReport, status, pinned, onEdit, onDeleted }: Props) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<null | "delete" | "report" | "hide" | "unhide" | "remove" | "suspend">(null);
  const deletePost = useDeletePost();
  const deleteComment = useDeleteComment();
  const moderate = useModerate();
  const pin = usePin();
  const suspend = useSuspend();
  const close = () => setDialog(null);
  const canEdit = mine && status === "visible";
  const items = [
    canEdit && onEdit ? (
      <Menu.Item key="edit" leftSection={<IconEdit size={16} aria-hidden />} onClick={onEdit}>
        {t("community.post.edit")}
      </Menu.Item>
    ) : null,
    mine ? (
      <Menu.Item key="delete" color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => setDialog("delete")}>
        {t("community.post.delete")}
      </Menu.Item>
    ) : null,
    !mine && canReport && status === "visible" ? (
      <Menu.Item key="report" leftSection={<IconFlag size={16} aria-hidden />} onClick={() => setDialog("report")}>
        {t("community.post.report")}
      </Menu.Item>
    ) : null,
    staff && kind === "post" && status === "visible" ? (
      <Menu.Item
        key="pin"
        leftSection={pinned ? <IconPinnedOff size={16} aria-hidden /> : <IconPin size={16} aria-hidden />}
        onClick={() =>
          pin.mutate(
            { postId: id, pinned: !pinned },
            { onSuccess: () => notifySuccess(t(pinned ? "community.post.unpinnedToast" : "community.post.pinnedToast")), onError: notifyProblem },
          )
        }
      >
        {t(pinned ? "community.post.unpin" : "community.post.pin")}
      </Menu.Item>
    ) : null,
    staff && status === "visible" ? (
      <Menu.Item key="hide" leftSection={<IconEyeOff size={16} aria-hidden />} onClick={() => setDialog("hide")}>
        {t("community.post.hide")}
      </Menu.Item>
    ) : null,
    staff && status === "hidden" ? (
      <Menu.Item key="unhide" leftSection={<IconEye size={16} aria-hidden />} onClick={() => setDialog("unhide")}>
        {t("community.post.unhide")}
      </Menu.Item>
    ) : null,
    staff && status !== "removed" ? (
      <Menu.Item key="remove" color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => setDialog("remove")}>
        {t("community.post.remove")}
      </Menu.Item>
    ) : null,
    staff && !mine && author.userId && author.kind !== "staff" ? (
      <Menu.Item key="suspend" color="red" leftSection={<IconUserOff size={16} aria-hidden />} onClick={() => setDialog("suspend")}>
        {t("community.moderation.suspendAuthor")}
      </Menu.Item>
    ) : null,
  ].filter(Boolean);
  if (!items.length) return null;
  const moderation = dialog === "hide" || dialog === "unhide" || dialog === "remove" ? dialog : null;
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon variant="subtle" color="gray" aria-label={t(kind === "post" ? "community.post.actions" : "community.post.commentActions")}>
            <IconDots size={18} aria-hidden />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>{items}</Menu.Dropdown>
      </Menu>
      <ConfirmDialog
        opened={dialog === "delete"}
        onClose={close}
        title={t(kind === "post" ? "community.post.deleteConfirmTitle" : "community.post.deleteCommentConfirmTitle")}
        message={t(kind === "post" ? "community.post.deleteConfirmBody" : "community.post.deleteCommentConfirmBody")}
        confirmLabel={t("community.post.delete")}
        onConfirm={async () => {
          await (kind === "post" ? deletePost : deleteComment).mutateAsync(id);
          notifySuccess(t("community.post.deleted"));
          onDeleted?.();
        }}
      />
      <ReasonDialog
        opened={dialog === "suspend"}
        onClose={close}
        title={t("community.moderation.suspendTitle")}
        message={t("community.moderation.suspendBody", { name: author.name ?? "" })}
        confirmLabel={t("community.moderation.suspend")}
        onConfirm={async (reason) => {
          if (!author.userId) return;
          await suspend.mutateAsync({ userId: author.userId, reason });
          notifySuccess(t("community.moderation.suspendedToast"));
        }}
      />
      <ReportDialog opened={dialog === "report"} onClose={close} postId={postId} commentId={kind === "comment" ? id : undefined} />
      <ReasonDialog
        opened={moderation !== null}
        onClose={close}
        title={t(
          moderation === "remove" ? "community.moderation.removeTitle" : moderation === "unhide" ? "community.post.unhide" : "community.moderation.hideTitle",
        )}
        message={t(moderation === "remove" ? "community.moderation.removeBody" : "community.moderation.hideBody")}
        confirmLabel={t("community.moderation.confirm")}
        destructive={moderation !== "unhide"}
        onConfirm={async (reason) => {
          if (!moderation) return;
          await moderate.mutateAsync({ kind, id, input: { action: moderation, reason } });
          notifySuccess(t("community.moderation.done"));
        }}
      />
    </>
  );
}
