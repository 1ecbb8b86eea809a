import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "./problem-alert";

export type ConfirmDialogProps = {
  opened: boolean;
  onClose: () => void;
  title: string;
  message: ReactNode;
  confirmLabel: string;
  /** Resolves to close the dialog; rejects to show the problem inside it. */
  onConfirm: () => Promise<unknown>;
  destructive?: boolean;
};

/** Asks once more before an action with wide or lasting effects; the caller decides when it opens. */
export function ConfirmDialog({ opened, onClose, title, message, confirmLabel, onConfirm, destructive = true }: ConfirmDialogProps) {
  const { t } = useTranslation();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const handleClose = () => {
    if (pending) return;
    setError(null);
    onClose();
  };

  const confirm = async () => {
    setPending(true);
    setError(null);
    try {
      await onConfirm();
      onClose();
    } catch (cause) {
      setError(cause);
    } finally {
      setPending(false);
    }
  };

  return (
    <Modal opened={opened} onClose={handleClose} title={title} closeButtonProps={{ "aria-label": t("common.close") }}>
      <Stack gap="md">
        {typeof message === "string" ? <Text size="sm">{message}</Text> : message}
        <ProblemAlert error={error} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={handleClose} disabled={pending}>
            {t("common.cancel")}
          </Button>
          <Button color={destructive ? "red" : undefined} onClick={confirm} loading={pending} data-autofocus>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
