import { Button, Group, Stack } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "../../../components/problem-alert";
import { notifySuccess } from "../../../lib/notify";
import { MentionEditor } from "./mention-editor";

interface Props {
  groupId: string;
  initial: string;
  maxLength: number;
  minRows?: number;
  /** Saves the new text; resolves when done, rejects to show the problem. */
  onSave: (body: string) => Promise<unknown>;
  onDone: () => void;
}

/** Editing one's own post or comment in place. */
export function InlineEdit({ groupId, initial, maxLength, minRows, onSave, onDone }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const save = async () => {
    setPending(true);
    setError(null);
    try {
      await onSave(draft);
      notifySuccess(t("community.post.saved"));
      onDone();
    } catch (e) {
      setError(e);
    } finally {
      setPending(false);
    }
  };
  return (
    <Stack gap="xs">
      <MentionEditor groupId={groupId} label={t("community.post.edit")} value={draft} onChange={setDraft} maxLength={maxLength} minRows={minRows} />
      <ProblemAlert error={error} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t("community.post.cancel")}
        </Button>
        <Button onClick={() => void save()} loading={pending} disabled={!draft.trim()}>
          {t("community.post.save")}
        </Button>
      </Group>
    </Stack>
  );
}
