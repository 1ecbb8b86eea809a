import { Button, Group, Modal, Stack, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { DsrDetail, DsrTransitionInput } from "../../../../shared/contracts/privacy";
import { ProblemAlert } from "../../../components/problem-alert";
import { notifyProblem, notifySuccess } from "../../../lib/notify";
import { useTransitionRequest } from "../api/requests";

type Target = DsrTransitionInput["status"];

/** The status buttons a request offers in its state; hold and reject ask for a reason, completing for a note. */
export function TransitionActions({ request }: { request: DsrDetail }) {
  const { t } = useTranslation();
  const move = useTransitionRequest(request.id);
  const [asking, setAsking] = useState<Target | null>(null);
  const [reason, setReason] = useState("");
  if (request.status === "completed" || request.status === "rejected") return null;
  const erasurePending = request.kind === "erasure" && request.alumnusId !== null;

  const go = (status: Target, text: string | null) =>
    move.mutateAsync({ status, reason: text, version: request.version }).then(() => {
      notifySuccess(t(`privacy.transition.done.${status}`));
      setAsking(null);
      setReason("");
    });

  const needsReason = asking === "on_hold" || asking === "rejected";
  return (
    <>
      <Group gap="sm">
        {request.status !== "in_progress" ? (
          <Button variant="light" loading={move.isPending && !asking} onClick={() => void go("in_progress", null).catch(notifyProblem)}>
            {t("privacy.transition.in_progress")}
          </Button>
        ) : null}
        {request.status !== "on_hold" ? (
          <Button variant="default" onClick={() => setAsking("on_hold")}>
            {t("privacy.transition.on_hold")}
          </Button>
        ) : null}
        {!erasurePending ? (
          <Button color="teal" onClick={() => setAsking("completed")}>
            {t("privacy.transition.completed")}
          </Button>
        ) : null}
        <Button variant="default" color="red" onClick={() => setAsking("rejected")}>
          {t("privacy.transition.rejected")}
        </Button>
      </Group>
      <Modal
        opened={asking !== null}
        onClose={() => setAsking(null)}
        title={asking ? t(`privacy.transition.title.${asking}`) : ""}
        closeButtonProps={{ "aria-label": t("common.close") }}
      >
        <Stack gap="md">
          <Textarea
            label={needsReason ? t("privacy.transition.reason") : t("privacy.transition.note")}
            description={asking === "on_hold" ? t("privacy.transition.holdHint") : undefined}
            required={needsReason}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            autosize
            minRows={3}
            maxLength={2000}
            data-autofocus
          />
          <ProblemAlert error={move.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAsking(null)}>
              {t("common.cancel")}
            </Button>
            <Button
              color={asking === "rejected" ? "red" : undefined}
              disabled={needsReason && reason.trim() === ""}
              loading={move.isPending}
              onClick={() => asking && void go(asking, reason.trim() || null).catch(() => {})}
            >
              {asking ? t(`privacy.transition.confirm.${asking}`) : ""}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
