import { Button, Grid, Group, Stack, Text } from "@mantine/core";
import { IconArchive, IconEdit, IconLock, IconMessages } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmButton } from "../../../components/confirm-button";
import { EmptyState } from "../../../components/empty-state";
import { LoadMore } from "../../../components/load-more";
import { PageHeader } from "../../../components/page-header";
import { PageLoader } from "../../../components/page-loader";
import { ProblemAlert } from "../../../components/problem-alert";
import { AnchorLink } from "../../../components/router-links";
import { notifySuccess } from "../../../lib/notify";
import { MarkdownHtml } from "../../markdown/components/markdown-html";
import { useGroup, useGroupPosts, useUpdateGroup } from "../api/community";
import { type CommunityPortal, communityPaths } from "./community-links";
import { GroupBadges } from "./group-badges";
import { GroupFormModal } from "./group-form-modal";
import { GroupMembersPanel } from "./group-members-panel";
import { MembershipButton } from "./membership-button";
import { PostCard } from "./post-card";
import { PostComposer } from "./post-composer";

/** A group's page: description, composer, pinned posts first then the newest; HR also manages members. */
export function GroupView({ id, portal }: { id: string; portal: CommunityPortal }) {
  const { t } = useTranslation();
  const staff = portal === "admin";
  const group = useGroup(id);
  const posts = useGroupPosts(id, group.data?.canRead ?? false);
  const update = useUpdateGroup(id);
  const [editing, setEditing] = useState(false);
  const links = communityPaths(portal);
  if (group.isPending) return <PageLoader />;
  if (group.isError) return <ProblemAlert error={group.error} onRetry={() => void group.refetch()} />;
  const g = group.data;
  const items = posts.data?.pages.flatMap((p) => p.items) ?? [];
  const total = posts.data?.pages.at(-1)?.total ?? 0;
  const actions = staff ? (
    <Group gap="xs">
      <Button variant="default" leftSection={<IconEdit size={16} aria-hidden />} onClick={() => setEditing(true)}>
        {t("community.group.edit")}
      </Button>
      <ConfirmButton
        variant="default"
        leftSection={<IconArchive size={16} aria-hidden />}
        destructive={!g.archived}
        confirmTitle={g.archived ? t("community.groupForm.unarchive") : t("community.groupForm.archiveConfirmTitle")}
        confirmMessage={g.archived ? "" : t("community.groupForm.archiveConfirmBody")}
        confirmLabel={g.archived ? t("community.groupForm.unarchive") : t("community.groupForm.archive")}
        onConfirm={async () => {
          await update.mutateAsync({ archived: !g.archived });
          notifySuccess(t(g.archived ? "community.groupForm.unarchived" : "community.groupForm.archived"));
        }}
      >
        {g.archived ? t("community.groupForm.unarchive") : t("community.groupForm.archive")}
      </ConfirmButton>
    </Group>
  ) : (
    <MembershipButton group={g} />
  );

  const feed = !g.canRead ? (
    <EmptyState
      icon={<IconLock size={26} />}
      title={t(g.myStatus === "pending" ? "community.group.pendingTitle" : "community.group.joinFirstTitle")}
      description={t(g.myStatus === "pending" ? "community.group.pendingBody" : "community.group.joinFirstBody")}
      action={g.myStatus === "none" ? <MembershipButton group={g} /> : undefined}
    />
  ) : (
    <Stack gap="md">
      {g.canPost ? <PostComposer groupId={g.id} /> : null}
      <section aria-label={t("community.group.feedLabel")}>
        {posts.isPending ? (
          <PageLoader />
        ) : posts.isError ? (
          <ProblemAlert error={posts.error} onRetry={() => void posts.refetch()} />
        ) : items.length === 0 ? (
          <EmptyState icon={<IconMessages size={26} />} title={t("community.group.emptyTitle")} description={t("community.group.emptyBody")} />
        ) : (
          <Stack gap="md">
            {items.map((post) => (
              <PostCard key={post.id} post={post} portal={portal} staff={staff} canWrite={g.canPost} />
            ))}
            <LoadMore
              shown={items.length}
              total={total}
              hasMore={posts.hasNextPage}
              loading={posts.isFetchingNextPage}
              onLoadMore={() => void posts.fetchNextPage()}
            />
          </Stack>
        )}
      </section>
    </Stack>
  );

  return (
    <>
      <AnchorLink to={links.groups} size="sm">
        {t("community.group.back")}
      </AnchorLink>
      <PageHeader
        title={g.name}
        description={
          <Stack gap={6}>
            <GroupBadges group={g} />
            <Text size="sm" c="dimmed">
              {t("community.groups.members", { count: g.memberCount })}
            </Text>
          </Stack>
        }
        actions={actions}
      />
      {g.descriptionHtml ? (
        <Stack mb="md">
          <MarkdownHtml html={g.descriptionHtml} />
        </Stack>
      ) : null}
      {staff ? (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 8 }}>{feed}</Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <GroupMembersPanel group={g} />
          </Grid.Col>
        </Grid>
      ) : (
        feed
      )}
      {staff && editing ? <GroupFormModal opened onClose={() => setEditing(false)} group={g} /> : null}
    </>
  );
}
