import { Text, ThemeIcon } from "@mantine/core";
import { IconFileSpreadsheet } from "@tabler/icons-react";
import { type DragEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { currentLocale } from "../../../i18n";
import classes from "./file-drop-zone.module.css";
import { formatFileSize } from "./format-file-size";

type Props = {
  file: File | null;
  onChange: (file: File | null) => void;
  accept: string;
  error?: string | null;
  disabled?: boolean;
};

/** A file input that also takes a dropped file; the native input stays the control, so keyboards and screen readers use it as usual. */
export function FileDropZone({ file, onChange, accept, error, disabled }: Props) {
  const { t } = useTranslation();
  const [dragging, setDragging] = useState(false);
  const hintId = useId();
  const errorId = useId();

  const onDrop = (event: DragEvent<HTMLLabelElement>) => {
    event.preventDefault();
    setDragging(false);
    if (disabled) return;
    const dropped = event.dataTransfer.files[0];
    if (dropped) onChange(dropped);
  };

  return (
    <div>
      <label
        className={classes.zone}
        data-dragging={dragging || undefined}
        data-invalid={error ? true : undefined}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <input
          type="file"
          className={classes.input}
          accept={accept}
          disabled={disabled}
          aria-label={t("imports.upload.fileLabel")}
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          aria-invalid={error ? true : undefined}
          onChange={(event) => {
            onChange(event.currentTarget.files?.[0] ?? null);
            // Choosing the same file again after fixing it must still fire a change.
            event.currentTarget.value = "";
          }}
        />
        <ThemeIcon size={44} radius="xl" variant="light" aria-hidden>
          <IconFileSpreadsheet size={24} />
        </ThemeIcon>
        <Text fw={700}>{file ? file.name : t("imports.upload.dropTitle")}</Text>
        <Text size="sm" c="dimmed" id={hintId}>
          {file ? t("imports.upload.selected", { size: formatFileSize(file.size, currentLocale()) }) : t("imports.upload.dropHint")}
        </Text>
      </label>
      {error ? (
        <Text size="sm" c="red.8" mt={6} id={errorId} role="alert">
          {error}
        </Text>
      ) : null}
    </div>
  );
}
