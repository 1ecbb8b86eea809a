import { Button, Group, Paper, Stack } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { COMMENT_MAX, POST_MAX } from "../../../../shared/contracts/community";
import { ProblemAlert } from "../../../components/problem-alert";
import { notifySuccess } from "../../../lib/notify";
import { useCreateComment, useCreatePost } from "../api/community";
import { MentionEditor } from "./mention-editor";

/** Writes a post in a group, or a comment on a post (when `postId` is given). */
export function PostComposer({ groupId, postId }: { groupId: string; postId?: string }) {
  const { t } = useTranslation();
  const [body, setBody] = useState("");
  const createPost = useCreatePost(groupId);
  const createComment = useCreateComment(postId ?? "");
  const mutation = postId ? createComment : createPost;
  const max = postId ? COMMENT_MAX : POST_MAX;
  const submit = () =>
    mutation.mutate(body, {
      onSuccess: () => {
        setBody("");
        notifySuccess(t(postId ? "community.composer.commented" : "community.composer.posted"));
      },
    });
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={t(postId ? "community.composer.commentLabel" : "community.composer.label")}>
      <Stack gap="sm">
        <MentionEditor
          groupId={groupId}
          label={t(postId ? "community.composer.commentLabel" : "community.composer.label")}
          value={body}
          onChange={setBody}
          maxLength={max}
          placeholder={t(postId ? "community.composer.commentPlaceholder" : "community.composer.placeholder")}
          minRows={postId ? 2 : 4}
        />
        <ProblemAlert error={mutation.error} />
        <Group justify="flex-end">
          <Button onClick={submit} loading={mutation.isPending} disabled={!body.trim() || [...body].length > max}>
            {t(postId ? "community.composer.submitComment" : "community.composer.submit")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
