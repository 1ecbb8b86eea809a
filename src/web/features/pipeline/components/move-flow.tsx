import { Alert, Button, Group, Modal, Select, Stack, Text, Textarea } from "@mantine/core";
import { IconConfetti } from "@tabler/icons-react";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import type { CandidateCard, Stage } from "../../../../shared/contracts/pipeline";
import { REJECTION_REASONS, type RejectionReason } from "../../../../shared/recruiting";
import { notifyProblem, notifySuccess } from "../../../lib/notify";
import { useMoveCandidate } from "../api/pipeline";
import { stageName } from "./labels";

type Pending = { card: Pick<CandidateCard, "id" | "name" | "version" | "alumnusId">; stage: Stage };

/**
 * The one way a candidate changes stage, whether dragged, picked from a card's menu or chosen on their page:
 * closing stages ask first (a reason to decline or withdraw; a confirmation to hire), then the move is shown at
 * once and rolled back if the server refuses it. A stale board refetches and says so.
 */
export function useMoveFlow(): { request: (card: Pending["card"], stage: Stage) => void; modals: ReactNode; pending: boolean } {
  const { t } = useTranslation();
  const move = useMoveCandidate();
  const [asking, setAsking] = useState<Pending | null>(null);
  const [reason, setReason] = useState<RejectionReason | null>(null);
  const [note, setNote] = useState("");

  const submit = (p: Pending, extra: { rejectionReason?: RejectionReason; rejectionNote?: string | null } = {}) => {
    setAsking(null);
    move.mutate(
      { id: p.card.id, stageId: p.stage.id, version: p.card.version, ...extra },
      {
        onSuccess: () =>
          notifySuccess(
            p.stage.kind === "hired"
              ? t(p.card.alumnusId ? "pipeline.hire.done" : "pipeline.hire.doneOther", { name: p.card.name })
              : t("pipeline.board.moved", { name: p.card.name, stage: stageName(p.stage) }),
          ),
        onError: notifyProblem,
      },
    );
  };

  const request = (card: Pending["card"], stage: Stage) => {
    if (stage.kind === "open") return submit({ card, stage });
    setReason(null);
    setNote("");
    setAsking({ card, stage });
  };

  const rejecting = asking && (asking.stage.kind === "declined" || asking.stage.kind === "withdrawn") ? asking : null;
  const hiring = asking?.stage.kind === "hired" ? asking : null;

  const modals = (
    <>
      <Modal
        opened={Boolean(rejecting)}
        onClose={() => setAsking(null)}
        title={rejecting ? t("pipeline.reject.title", { stage: stageName(rejecting.stage) }) : ""}
      >
        {rejecting ? (
          <Stack gap="md">
            <Text size="sm">{t("pipeline.reject.body", { name: rejecting.card.name, stage: stageName(rejecting.stage) })}</Text>
            <Select
              label={t("pipeline.reject.reason")}
              placeholder={t("pipeline.reject.reasonPlaceholder")}
              data={REJECTION_REASONS.map((r) => ({ value: r, label: t(`pipeline.reason.${r}`) }))}
              value={reason}
              onChange={(v) => setReason(v as RejectionReason | null)}
              required
              comboboxProps={{ withinPortal: true }}
            />
            <Textarea label={t("pipeline.reject.note")} value={note} onChange={(e) => setNote(e.currentTarget.value)} maxLength={1000} autosize minRows={2} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setAsking(null)}>
                {t("pipeline.reject.cancel")}
              </Button>
              <Button
                color="red"
                disabled={!reason}
                onClick={() => reason && submit(rejecting, { rejectionReason: reason, rejectionNote: note.trim() || null })}
              >
                {t("pipeline.reject.confirm", { stage: stageName(rejecting.stage) })}
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Modal>
      <Modal opened={Boolean(hiring)} onClose={() => setAsking(null)} title={t("pipeline.hire.title")}>
        {hiring ? (
          <Stack gap="md">
            <Text size="sm">{t("pipeline.hire.body", { name: hiring.card.name, stage: stageName(hiring.stage) })}</Text>
            {hiring.card.alumnusId ? (
              <Alert color="teal" variant="light" icon={<IconConfetti aria-hidden />}>
                {t("pipeline.hire.alumnusNote")}
              </Alert>
            ) : null}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setAsking(null)}>
                {t("pipeline.hire.cancel")}
              </Button>
              <Button color="teal" onClick={() => submit(hiring)}>
                {t("pipeline.hire.confirm")}
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Modal>
    </>
  );
  return { request, modals, pending: move.isPending };
}
