import { Badge, Grid, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from "@mantine/core";
import { IconCalendarEvent, IconMessages } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { EmptyState } from "../../../components/empty-state";
import { ProblemAlert } from "../../../components/problem-alert";
import { AnchorLink, ButtonLink } from "../../../components/router-links";
import { paths } from "../../../lib/paths";
import { PostCard } from "../../community/components/post-card";
import { MyEventCard } from "../../events/components/my-event-card";
import { useAlumniHome } from "../api/home";

/** The portal home's living part: the newest posts in my groups, my groups, and the events coming up. */
export function HomeFeed() {
  const { t } = useTranslation();
  const home = useAlumniHome();
  if (home.isPending) return <Skeleton height={240} radius="md" />;
  if (home.isError) return <ProblemAlert error={home.error} onRetry={() => void home.refetch()} />;
  const { posts, groups, events } = home.data;
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Stack gap="sm" component="section" aria-labelledby="home-feed-title">
          <Group justify="space-between">
            <Title order={2} size="h4" id="home-feed-title">
              {t("registration.portal.home.feedTitle")}
            </Title>
            <AnchorLink to={paths.alumni.community} size="sm">
              {t("registration.portal.home.feedAll")}
            </AnchorLink>
          </Group>
          {posts.length === 0 ? (
            <EmptyState
              icon={<IconMessages size={26} />}
              title={t("registration.portal.home.feedEmptyTitle")}
              description={t("registration.portal.home.feedEmptyBody")}
              action={<ButtonLink to={paths.alumni.community}>{t("registration.portal.home.groupsFind")}</ButtonLink>}
            />
          ) : (
            posts.map((post) => (
              <Stack key={post.id} gap={4}>
                <AnchorLink to={paths.alumni.communityGroup} params={{ id: post.groupId }} size="xs" c="dimmed">
                  {post.groupName}
                </AnchorLink>
                <PostCard post={post} portal="alumni" staff={false} canWrite={false} />
              </Stack>
            ))
          )}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Stack gap="lg">
          <Stack gap="sm" component="section" aria-labelledby="home-events-title">
            <Group justify="space-between">
              <Title order={2} size="h4" id="home-events-title">
                {t("registration.portal.home.eventsTitle")}
              </Title>
              <AnchorLink to={paths.alumni.events} size="sm">
                {t("registration.portal.home.eventsAll")}
              </AnchorLink>
            </Group>
            {events.length === 0 ? (
              <EmptyState
                icon={<IconCalendarEvent size={26} />}
                title={t("registration.portal.home.eventsEmptyTitle")}
                description={t("registration.portal.home.eventsEmptyBody")}
              />
            ) : (
              <SimpleGrid cols={1} spacing="sm" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
                {events.map((event) => (
                  <MyEventCard key={event.id} event={event} />
                ))}
              </SimpleGrid>
            )}
          </Stack>
          <Paper withBorder radius="md" p="md" component="section" aria-labelledby="home-groups-title">
            <Stack gap="xs">
              <Title order={2} size="h4" id="home-groups-title">
                {t("registration.portal.home.groupsTitle")}
              </Title>
              {groups.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t("registration.portal.home.groupsEmpty")}{" "}
                  <AnchorLink to={paths.alumni.community} underline="always">
                    {t("registration.portal.home.groupsFind")}
                  </AnchorLink>
                </Text>
              ) : (
                <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: "none" }}>
                  {groups.map((group) => (
                    <Group key={group.id} component="li" justify="space-between" wrap="nowrap">
                      <AnchorLink to={paths.alumni.communityGroup} params={{ id: group.id }} size="sm" fw={600}>
                        {group.name}
                      </AnchorLink>
                      <Badge variant="light" color="gray">
                        {t("registration.portal.home.members", { count: group.memberCount })}
                      </Badge>
                    </Group>
                  ))}
                </Stack>
              )}
            </Stack>
          </Paper>
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
