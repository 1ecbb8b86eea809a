import { Box, Paper, SegmentedControl, Stack, Text, Textarea } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useMarkdownPreview } from "../api/markdown";
import { MarkdownHtml } from "./markdown-html";

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  error?: string | null;
  description?: string;
  placeholder?: string;
  minRows?: number;
  required?: boolean;
  name?: string;
}

/** A Markdown text area with a "preview" tab that shows the server's own rendering. */
export function MarkdownEditor({ label, value, onChange, maxLength, error, description, placeholder, minRows = 6, required, name }: Props) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<"write" | "preview">("write");
  const [debounced] = useDebouncedValue(value, 300);
  const preview = useMarkdownPreview(debounced, mode === "preview");
  const length = [...value].length;
  return (
    <Stack gap={4}>
      <SegmentedControl
        size="xs"
        w="fit-content"
        value={mode}
        onChange={(v) => setMode(v as "write" | "preview")}
        data={[
          { value: "write", label: t("markdown.write") },
          { value: "preview", label: t("markdown.preview") },
        ]}
        aria-label={t("markdown.modeLabel", { label })}
      />
      {mode === "write" ? (
        <Textarea
          label={label}
          name={name}
          value={value}
          onChange={(e) => onChange(e.currentTarget.value)}
          autosize
          minRows={minRows}
          maxRows={24}
          required={required}
          error={error ?? (length > maxLength ? t("markdown.tooLong", { max: maxLength.toLocaleString() }) : undefined)}
          description={description ?? t("markdown.hint")}
          placeholder={placeholder}
        />
      ) : (
        <Box>
          <Text size="sm" fw={500} mb={4}>
            {label}
          </Text>
          <Paper withBorder p="md" mih={120} aria-live="polite" aria-label={t("markdown.previewLabel", { label })}>
            {value.trim() ? (
              preview.data ? (
                <MarkdownHtml html={preview.data.html} />
              ) : (
                <Text c="dimmed" size="sm">
                  {t("markdown.loading")}
                </Text>
              )
            ) : (
              <Text c="dimmed" size="sm">
                {t("markdown.empty")}
              </Text>
            )}
          </Paper>
        </Box>
      )}
      <Text size="xs" c={length > maxLength ? "red" : "dimmed"} ta="right">
        {t("markdown.count", { count: length, max: maxLength.toLocaleString() })}
      </Text>
    </Stack>
  );
}
