import { Button, Group, Paper, Stack, Text } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import { MarkdownEditor } from "../../markdown/components/markdown-editor";
import { useMembers } from "../api/community";

interface Props {
  groupId: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  placeholder?: string;
  minRows?: number;
}

/** The `@name` being typed at the end of the text, if any. */
const TRAILING_MENTION = /(^|\s)@([^\s@[\]()]{0,20})$/;

/**
 * The Markdown editor with @mentions: typing "@" and a name lists the group's members; choosing one writes
 * `@[Name](user:<id>)`, which the server shows as the name only and turns into a notification.
 */
export function MentionEditor({ groupId, label, value, onChange, maxLength, placeholder, minRows = 4 }: Props) {
  const { t } = useTranslation();
  const match = TRAILING_MENTION.exec(value);
  const query = match ? (match[2] ?? "") : null;
  const [debounced] = useDebouncedValue(query, 200);
  const members = useMembers(groupId, "active", debounced ?? "", query !== null && debounced !== null);
  const pick = (name: string, userId: string) => {
    if (!match) return;
    onChange(`${value.slice(0, value.length - (query?.length ?? 0) - 1)}@[${name}](user:${userId}) `);
  };
  const suggestions = members.data?.items.slice(0, 6) ?? [];
  return (
    <Stack gap={4}>
      <MarkdownEditor label={label} value={value} onChange={onChange} maxLength={maxLength} placeholder={placeholder} minRows={minRows} />
      {query !== null ? (
        <Paper withBorder p="xs" radius="md" role="region" aria-label={t("community.composer.mentionSuggestions")} aria-live="polite">
          {suggestions.length ? (
            <Group gap={6}>
              {suggestions.map((m) => (
                <Button
                  key={m.userId}
                  size="compact-sm"
                  variant="light"
                  onClick={() => pick(m.name, m.userId)}
                  aria-label={t("community.composer.mentionPick", { name: m.name })}
                >
                  @{m.name}
                </Button>
              ))}
            </Group>
          ) : (
            <Text size="xs" c="dimmed">
              {t("community.composer.noMentionMatch")}
            </Text>
          )}
        </Paper>
      ) : null}
    </Stack>
  );
}
