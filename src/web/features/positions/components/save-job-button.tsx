import { Button } from "@mantine/core";
import { IconBookmark, IconBookmarkFilled } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { notifyProblem, notifySuccess } from "../../../lib/notify";
import { useSaveJob } from "../api/positions";

/** Save or unsave a posting; the pressed state is announced to screen readers. */
export function SaveJobButton({ id, title, saved, size = "xs" }: { id: string; title: string; saved: boolean; size?: "xs" | "sm" }) {
  const { t } = useTranslation();
  const save = useSaveJob(id);
  return (
    <Button
      size={size}
      variant={saved ? "light" : "default"}
      color={saved ? "yellow" : "gray"}
      aria-pressed={saved}
      aria-label={saved ? t("positions.board.unsaveLabel", { title }) : t("positions.board.saveLabel", { title })}
      leftSection={saved ? <IconBookmarkFilled size={16} aria-hidden /> : <IconBookmark size={16} aria-hidden />}
      loading={save.isPending}
      onClick={() =>
        save.mutate(!saved, {
          onSuccess: (state) => notifySuccess(state.saved ? t("positions.board.savedToast") : t("positions.board.unsavedToast")),
          onError: notifyProblem,
        })
      }
    >
      {saved ? t("positions.board.unsave") : t("positions.board.save")}
    </Button>
  );
}
