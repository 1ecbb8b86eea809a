import { Button, Group, Modal, Radio, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { REPORT_REASONS, type ReportReason } from "../../../../shared/contracts/community";
import { ProblemAlert } from "../../../components/problem-alert";
import { notifySuccess } from "../../../lib/notify";
import { useReport } from "../api/community";

interface Props {
  opened: boolean;
  onClose: () => void;
  postId: string;
  commentId?: string;
}

/** A member reports a post or a comment: a reason from the list and an optional note. */
export function ReportDialog({ opened, onClose, postId, commentId }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<ReportReason>("inappropriate");
  const [note, setNote] = useState("");
  const report = useReport();
  const close = () => {
    report.reset();
    onClose();
  };
  const submit = () =>
    report.mutate(
      { postId, input: { reason, note: note.trim() || null, commentId: commentId ?? null } },
      {
        onSuccess: () => {
          notifySuccess(t("community.report.sent"));
          setNote("");
          close();
        },
      },
    );
  return (
    <Modal opened={opened} onClose={close} title={t("community.report.title")} centered>
      <Stack gap="md">
        <Text size="sm">{t("community.report.intro")}</Text>
        <Radio.Group label={t("community.report.reason")} value={reason} onChange={(v) => setReason(v as ReportReason)}>
          <Stack gap={6} mt={6}>
            {REPORT_REASONS.map((r) => (
              <Radio key={r} value={r} label={t(`community.report.reasons.${r}`)} />
            ))}
          </Stack>
        </Radio.Group>
        <Textarea label={t("community.report.note")} value={note} onChange={(e) => setNote(e.currentTarget.value)} maxLength={500} autosize minRows={2} />
        <ProblemAlert error={report.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t("community.moderation.cancel")}
          </Button>
          <Button color="red" onClick={submit} loading={report.isPending}>
            {t("community.report.submit")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
