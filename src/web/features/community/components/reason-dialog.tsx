import { Button, Group, Modal, Stack, Text, Textarea } from "@mantine/core";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "../../../components/problem-alert";

interface Props {
  opened: boolean;
  onClose: () => void;
  title: string;
  message: ReactNode;
  confirmLabel: string;
  destructive?: boolean;
  /** Receives the reason HR gave; resolves to close, rejects to show the problem. */
  onConfirm: (reason: string) => Promise<unknown>;
}

/** A moderation step that needs a reason on record (hide, remove, dismiss, suspend). */
export function ReasonDialog({ opened, onClose, title, message, confirmLabel, destructive = true, onConfirm }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const close = () => {
    if (pending) return;
    setReason("");
    setError(null);
    onClose();
  };
  const confirm = async () => {
    setPending(true);
    setError(null);
    try {
      await onConfirm(reason.trim());
      setReason("");
      onClose();
    } catch (e) {
      setError(e);
    } finally {
      setPending(false);
    }
  };
  return (
    <Modal opened={opened} onClose={close} title={title} centered>
      <Stack gap="md">
        <Text size="sm">{message}</Text>
        <Textarea
          label={t("community.moderation.reasonLabel")}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          required
          maxLength={500}
          autosize
          minRows={2}
          data-autofocus
        />
        <ProblemAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close} disabled={pending}>
            {t("community.moderation.cancel")}
          </Button>
          <Button color={destructive ? "red" : undefined} onClick={() => void confirm()} loading={pending} disabled={!reason.trim()}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
