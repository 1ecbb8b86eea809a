import { Alert, Badge, Group, Paper, Stack, Text } from "@mantine/core";
import { IconMessageCircle, IconPinFilled } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type CommunityPost, POST_MAX } from "../../../../shared/contracts/community";
import { AnchorLink } from "../../../components/router-links";
import { MarkdownHtml } from "../../markdown/components/markdown-html";
import { useUpdatePost } from "../api/community";
import { AuthorLine } from "./author-line";
import { type CommunityPortal, communityPaths } from "./community-links";
import { ContentActions } from "./content-actions";
import { InlineEdit } from "./inline-edit";
import { ReactionBar } from "./reaction-bar";

interface Props {
  post: CommunityPost;
  portal: CommunityPortal;
  staff: boolean;
  canWrite: boolean;
  /** On the post's own page the comments follow; elsewhere the card links to them. */
  linkToThread?: boolean;
  onDeleted?: () => void;
}

/** One post: author, pinned and moderation marks, the safe HTML body, reactions and the actions menu. */
export function PostCard({ post, portal, staff, canWrite, linkToThread = true, onDeleted }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const update = useUpdatePost();
  const links = communityPaths(portal);
  return (
    <Paper
      component="article"
      withBorder
      radius="md"
      p="md"
      aria-labelledby={`post-${post.id}-author`}
      bg={post.status !== "visible" ? "gray.0" : post.pinned ? "indigo.0" : undefined}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div id={`post-${post.id}-author`}>
            <AuthorLine author={post.author} at={post.createdAt} edited={post.editedAt !== null} />
          </div>
          <Group gap={6} wrap="nowrap">
            {post.pinned ? (
              <Badge leftSection={<IconPinFilled size={12} aria-hidden />} variant="light">
                {t("community.post.pinned")}
              </Badge>
            ) : null}
            {post.status !== "visible" ? (
              <Badge color={post.status === "removed" ? "red" : "yellow"} variant="light">
                {t(`community.moderation.status.${post.status}`)}
              </Badge>
            ) : null}
            <ContentActions
              kind="post"
              author={post.author}
              id={post.id}
              postId={post.id}
              mine={post.mine}
              staff={staff}
              canReport={canWrite}
              status={post.status}
              pinned={post.pinned}
              onEdit={() => setEditing(true)}
              onDeleted={onDeleted}
            />
          </Group>
        </Group>
        {staff && post.status === "hidden" ? (
          <Alert color="yellow" variant="light" p="xs">
            <Text size="sm">{t("community.post.hidden")}</Text>
            {post.moderationReason ? <Text size="xs">{t("community.post.moderationReason", { reason: post.moderationReason })}</Text> : null}
          </Alert>
        ) : null}
        {post.status === "removed" ? (
          <Text size="sm" c="dimmed" fs="italic">
            {t("community.post.removed")}
            {staff && post.moderationReason ? ` ${t("community.post.moderationReason", { reason: post.moderationReason })}` : ""}
          </Text>
        ) : editing ? (
          <InlineEdit
            groupId={post.groupId}
            initial={post.body}
            maxLength={POST_MAX}
            onSave={(body) => update.mutateAsync({ id: post.id, body })}
            onDone={() => setEditing(false)}
          />
        ) : (
          <MarkdownHtml html={post.bodyHtml} />
        )}
        {post.status !== "removed" ? (
          <Group justify="space-between" gap="xs">
            <ReactionBar postId={post.id} reactions={post.reactions} mine={post.myReactions} canReact={canWrite && post.status === "visible"} />
            {linkToThread ? (
              <AnchorLink to={links.post} params={{ id: post.id }} size="sm">
                <Group gap={4} wrap="nowrap">
                  <IconMessageCircle size={16} aria-hidden />
                  {t("community.post.openThread", { count: post.commentCount })}
                </Group>
              </AnchorLink>
            ) : null}
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
