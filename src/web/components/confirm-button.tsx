import { Button, type ButtonProps, Group, Modal, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "./problem-alert";

type Props = Omit<ButtonProps, "onClick" | "children"> & {
  /** The button's visible label. */
  children: ReactNode;
  /** Accessible name when the visible label is ambiguous in a list (e.g. "Revoke" per row). */
  "aria-label"?: string;
  confirmTitle: string;
  confirmMessage: ReactNode;
  confirmLabel: string;
  /** Resolves to close the dialog; rejects to show the problem inside it. */
  onConfirm: () => Promise<unknown>;
  destructive?: boolean;
};

/** A button that asks before doing something that cannot be undone by accident. */
export function ConfirmButton({ children, confirmTitle, confirmMessage, confirmLabel, onConfirm, destructive = true, ...buttonProps }: Props) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const handleClose = () => {
    if (pending) return;
    setError(null);
    close();
  };

  const confirm = async () => {
    setPending(true);
    setError(null);
    try {
      await onConfirm();
      close();
    } catch (cause) {
      setError(cause);
    } finally {
      setPending(false);
    }
  };

  return (
    <>
      <Button {...buttonProps} onClick={open}>
        {children}
      </Button>
      <Modal opened={opened} onClose={handleClose} title={confirmTitle} closeButtonProps={{ "aria-label": t("common.close") }}>
        <Stack gap="md">
          {typeof confirmMessage === "string" ? <Text size="sm">{confirmMessage}</Text> : confirmMessage}
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
    </>
  );
}
