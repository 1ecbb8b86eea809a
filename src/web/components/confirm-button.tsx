import { Button, type ButtonProps } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import type { ReactNode } from "react";
import { ConfirmDialog } from "./confirm-dialog";

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
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button {...buttonProps} onClick={open}>
        {children}
      </Button>
      <ConfirmDialog
        opened={opened}
        onClose={close}
        title={confirmTitle}
        message={confirmMessage}
        confirmLabel={confirmLabel}
        onConfirm={onConfirm}
        destructive={destructive}
      />
    </>
  );
}
