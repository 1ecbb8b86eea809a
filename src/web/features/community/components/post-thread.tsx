import { Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { COMMENT_MAX, type CommunityComment } from "../../../../shared/contracts/community";
import { PageLoader } from "../../../components/page-loader";
import { ProblemAlert } from "../../../components/problem-alert";
import { AnchorLink } from "../../../components/router-links";
import { useDocumentTitle } from "../../../lib/document-title";
import { MarkdownHtml } from "../../markdown/components/markdown-html";
import { usePost, useUpdateComment } from "../api/community";
import { AuthorLine } from "./author-line";
import { type CommunityPortal, communityPaths } from "./community-links";
import { ContentActions } from "./content-actions";
import { InlineEdit } from "./inline-edit";
import { PostCard } from "./post-card";
import { PostComposer } from "./post-composer";

function CommentItem({ comment, groupId, staff, canWrite }: { comment: CommunityComment; groupId: string; staff: boolean; canWrite: boolean }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const update = useUpdateComment();
  return (
    <Paper component="li" withBorder radius="md" p="sm" bg={comment.status !== "visible" ? "gray.0" : undefined}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <AuthorLine author={comment.author} at={comment.createdAt} />
          <ContentActions
            kind="comment"
            author={comment.author}
            id={comment.id}
            postId={comment.postId}
            mine={comment.mine}
            staff={staff}
            canReport={canWrite}
            status={comment.status}
            onEdit={() => setEditing(true)}
          />
        </Group>
        {comment.status === "removed" ? (
          <Text size="sm" c="dimmed" fs="italic">
            {t("community.post.commentRemoved")}
          </Text>
        ) : editing ? (
          <InlineEdit
            groupId={groupId}
            initial={comment.body}
            maxLength={COMMENT_MAX}
            minRows={2}
            onSave={(body) => update.mutateAsync({ id: comment.id, body })}
            onDone={() => setEditing(false)}
          />
        ) : (
          <>
            {comment.status === "hidden" ? (
              <Text size="xs" c="red.9">
                {t("community.post.hidden")}
              </Text>
            ) : null}
            <MarkdownHtml html={comment.bodyHtml} />
          </>
        )}
      </Stack>
    </Paper>
  );
}

/** A post on its own page, with every comment and the comment composer. */
export function PostThread({ id, portal }: { id: string; portal: CommunityPortal }) {
  const { t } = useTranslation();
  const staff = portal === "admin";
  const post = usePost(id);
  const navigate = useNavigate();
  const links = communityPaths(portal);
  useDocumentTitle(post.data ? post.data.groupName : t("community.groups.title"));
  if (post.isPending) return <PageLoader />;
  if (post.isError) return <ProblemAlert error={post.error} onRetry={() => void post.refetch()} />;
  const p = post.data;
  return (
    <Stack gap="md">
      <AnchorLink to={links.group} params={{ id: p.groupId }} size="sm">
        {t("community.post.back")}
      </AnchorLink>
      <Title order={1} size="h2">
        {p.groupName}
      </Title>
      <PostCard
        post={p}
        portal={portal}
        staff={staff}
        canWrite={p.canPost}
        linkToThread={false}
        onDeleted={() => void navigate({ to: links.group, params: { id: p.groupId } })}
      />
      <section aria-labelledby="comments-heading">
        <Title order={2} size="h4" id="comments-heading" mb="sm">
          {t("community.post.commentsHeading", { count: p.comments.length })}
        </Title>
        {p.comments.length ? (
          <Stack gap="sm" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
            {p.comments.map((c) => (
              <CommentItem key={c.id} comment={c} groupId={p.groupId} staff={staff} canWrite={p.canPost} />
            ))}
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            {t("community.post.noComments")}
          </Text>
        )}
      </section>
      {p.canPost ? <PostComposer groupId={p.groupId} postId={p.id} /> : null}
    </Stack>
  );
}
