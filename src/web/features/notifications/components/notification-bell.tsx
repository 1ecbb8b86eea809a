import { ActionIcon, Badge, Button, Divider, Group, Indicator, Popover, ScrollArea, Stack, Text, UnstyledButton } from "@mantine/core";
import { IconBell } from "@tabler/icons-react";
import { useRouter } from "@tanstack/react-router";
import type { TFunction } from "i18next";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Me } from "../../../../shared/contracts/me";
import type { Notification } from "../../../../shared/contracts/notifications";
import { currentLocale } from "../../../i18n";
import { formatDateTime } from "../../../lib/dates";
import { paths } from "../../../lib/paths";
import { type CommunityPortal, communityPaths, withId } from "../../community/components/community-links";
import { useMarkNotificationsRead, useNotifications } from "../api/notifications";

function portalOf(me: Me): CommunityPortal {
  if (me.role === "alumnus") return "alumni";
  if (me.role === "employee") return "employee";
  return "admin";
}

/** Where a notice leads, in the reader's own portal. */
function linkOf(notice: Notification, portal: CommunityPortal): string | null {
  const d = notice.data;
  const community = communityPaths(portal);
  switch (notice.kind) {
    case "mention":
    case "comment":
      return d.postId ? withId(community.post, d.postId) : null;
    case "group_approved":
      return d.groupId ? withId(community.group, d.groupId) : null;
    case "visit_request":
    case "visit_update":
      if (portal === "alumni" || !d.visitId)
        return portal === "admin" ? paths.admin.visits : portal === "employee" ? paths.employee.visits : paths.alumni.visits;
      return withId(portal === "admin" ? paths.admin.visit : paths.employee.visit, d.visitId);
    case "event_promoted":
      return d.eventId ? withId(paths.alumni.event, d.eventId) : null;
    case "position_application":
      return d.candidateId ? withId(paths.admin.candidate, d.candidateId) : d.positionId ? withId(paths.admin.position, d.positionId) : null;
    case "referral_received":
      return d.positionId ? withId(paths.alumni.job, d.positionId) : paths.alumni.jobs;
    case "talk_booked":
    case "talk_requested":
    case "talk_update":
      if (portal === "alumni") return paths.alumni.talks;
      return d.talkId ? withId(paths.admin.talk, d.talkId) : paths.admin.talks;
    case "colleague_outreach":
      return portal === "employee" ? paths.employee.colleagues : paths.admin.colleagues;
    case "colleague_outreach_answered":
      return d.alumnusId ? withId(paths.admin.alumnus, d.alumnusId) : null;
  }
}

function sentenceOf(t: TFunction, notice: Notification): string {
  const d = notice.data;
  const title = (currentLocale() === "en" ? d.titleEn : undefined) ?? d.title ?? "";
  const vars = { actor: d.actorName || t("community.notifications.someone"), group: d.groupName ?? "", title, topic: d.topic ?? "", alumnus: d.alumnus ?? "" };
  return t(`community.notifications.kinds.${notice.kind}`, vars);
}

/** The header bell: unread count, the latest notices with links, and "mark all read". */
export function NotificationBell({ me }: { me: Me }) {
  const { t } = useTranslation();
  const router = useRouter();
  const [opened, setOpened] = useState(false);
  const list = useNotifications();
  const markRead = useMarkNotificationsRead();
  if (!me.user) return null;
  const unread = list.data?.unread ?? 0;
  const portal = portalOf(me);
  const items = list.data?.items ?? [];

  const open = (notice: Notification) => {
    const href = linkOf(notice, portal);
    if (!notice.read) markRead.mutate([notice.id]);
    setOpened(false);
    if (href) router.history.push(href);
  };

  return (
    <Indicator label={unread > 99 ? "99+" : unread} size={18} disabled={unread === 0} offset={6} color="red">
      <Popover opened={opened} onChange={setOpened} position="bottom-end" width={360} shadow="md" withinPortal trapFocus>
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            onClick={() => setOpened((o) => !o)}
            aria-label={unread ? t("community.notifications.bellWithCount", { count: unread }) : t("community.notifications.bell")}
          >
            <IconBell size={20} aria-hidden />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown p={0} role="dialog" aria-label={t("community.notifications.title")}>
          <Group justify="space-between" px="md" py="sm">
            <Text fw={700} component="h2" size="sm" m={0}>
              {t("community.notifications.title")}
            </Text>
            <Button size="compact-xs" variant="subtle" disabled={unread === 0} loading={markRead.isPending} onClick={() => markRead.mutate(undefined)}>
              {t("community.notifications.markAllRead")}
            </Button>
          </Group>
          <Divider />
          {items.length === 0 ? (
            <Text size="sm" c="dimmed" p="md">
              {t("community.notifications.empty")}
            </Text>
          ) : (
            <ScrollArea.Autosize mah={420}>
              <Stack gap={0} component="ul" style={{ listStyle: "none", margin: 0, padding: 0 }}>
                {items.map((notice) => (
                  <li key={notice.id}>
                    <UnstyledButton
                      onClick={() => open(notice)}
                      px="md"
                      py="sm"
                      w="100%"
                      style={{ background: notice.read ? undefined : "var(--mantine-color-indigo-0)", display: "block" }}
                    >
                      <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
                        <Text size="sm" fw={notice.read ? 400 : 600}>
                          {sentenceOf(t, notice)}
                        </Text>
                        {notice.read ? null : (
                          <Badge size="xs" color="red" variant="light" style={{ flexShrink: 0 }}>
                            {t("community.notifications.unread")}
                          </Badge>
                        )}
                      </Group>
                      <Text size="xs" c="dimmed">
                        <time dateTime={notice.createdAt}>{formatDateTime(notice.createdAt)}</time>
                      </Text>
                    </UnstyledButton>
                  </li>
                ))}
              </Stack>
            </ScrollArea.Autosize>
          )}
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}
