import { Badge, Card, Group, List, Paper, SimpleGrid, Skeleton, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import {
  IconAddressBook,
  IconArrowRight,
  IconBriefcase,
  IconCalendarEvent,
  IconCoffee,
  IconKey,
  IconLayoutKanban,
  IconListSearch,
  IconMailbox,
  IconMailForward,
  IconMailHeart,
  IconMessage2Heart,
  IconMessages,
  IconSettings,
  IconShare,
  IconShieldLock,
  IconSpeakerphone,
  IconUserCircle,
  IconUserPlus,
  IconUsersGroup,
  IconWebhook,
} from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { EmptyState } from "../../components/empty-state";
import { PageHeader } from "../../components/page-header";
import { ButtonLink } from "../../components/router-links";
import { useAlumniTotal } from "../../features/alumni/api/get-alumni";
import { useSignedInMe } from "../../features/me/api/get-me";
import { useMemberTotal } from "../../features/members/api/get-members";
import { paths } from "../../lib/paths";
import { type ConsoleSectionKey, canManageMembers, canUseSection, sectionsFor } from "./sections";

const sectionIcons: Record<Exclude<ConsoleSectionKey, "home">, ReactNode> = {
  alumni: <IconUsersGroup size={22} />,
  positions: <IconBriefcase size={22} />,
  talks: <IconCoffee size={22} />,
  pipeline: <IconLayoutKanban size={22} />,
  referrals: <IconShare size={22} />,
  members: <IconAddressBook size={22} />,
  apiKeys: <IconKey size={22} />,
  webhooks: <IconWebhook size={22} />,
  audit: <IconListSearch size={22} />,
  settings: <IconSettings size={22} />,
  devMailbox: <IconMailbox size={22} />,
  announcements: <IconSpeakerphone size={22} />,
  offboarding: <IconMailHeart size={22} />,
  deliveries: <IconMailForward size={22} />,
  privacy: <IconShieldLock size={22} />,
  visits: <IconMessages size={22} />,
  community: <IconMessage2Heart size={22} />,
  events: <IconCalendarEvent size={22} />,
};

const roadmap = ["welcome", "thanks", "analytics"] as const;

export function AdminHomePage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const membersVisible = canUseSection(me, "members");
  const memberTotal = useMemberTotal(membersVisible);
  const alumniTotal = useAlumniTotal(canUseSection(me, "alumni"));
  const cards = sectionsFor(me).filter((section) => section.key !== "home");

  return (
    <>
      <PageHeader
        title={t("adminHome.title")}
        description={t("adminHome.greeting", { name: me.user?.name ?? "", tenant: me.tenant.name })}
        actions={
          <Badge size="lg" variant="light">
            {t("adminHome.yourRole", { role: t(`roles.${me.role}`) })}
          </Badge>
        }
      />
      <Stack gap="xl">
        {membersVisible && memberTotal.isPending ? <Skeleton h={160} radius="md" /> : null}
        {membersVisible && memberTotal.data !== undefined && memberTotal.data <= 1 ? (
          <EmptyState
            icon={<IconUserPlus size={26} />}
            title={t("adminHome.emptyTitle")}
            description={canManageMembers(me) ? t("adminHome.emptyBodyAdmin") : t("adminHome.emptyBodyHr")}
            action={
              canManageMembers(me) ? (
                <ButtonLink to={paths.admin.members} search={{ invite: true }} leftSection={<IconUserPlus size={16} aria-hidden />}>
                  {t("adminHome.inviteTeam")}
                </ButtonLink>
              ) : null
            }
          />
        ) : null}

        <Stack gap="sm" component="section" aria-labelledby="home-sections">
          <Title order={2} size="h4" id="home-sections">
            {t("adminHome.sectionsTitle")}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
            {cards.map((section) => (
              <DashboardCard
                key={section.key}
                icon={sectionIcons[section.key]}
                title={t(`nav.${section.key}`)}
                body={t(`adminHome.cards.${section.key}`)}
                to={section.to}
                linkLabel={t("adminHome.open", { section: t(`nav.${section.key}`) })}
                extra={
                  section.key === "members" && memberTotal.data !== undefined ? (
                    <Badge variant="light" color="gray">
                      {t("adminHome.memberCount", { count: memberTotal.data })}
                    </Badge>
                  ) : section.key === "alumni" && alumniTotal.data !== undefined ? (
                    <Badge variant="light" color="gray">
                      {t("adminHome.alumniCount", { count: alumniTotal.data })}
                    </Badge>
                  ) : null
                }
              />
            ))}
            <DashboardCard
              icon={<IconUserCircle size={22} />}
              title={t("nav.account")}
              body={t("adminHome.cards.account")}
              to={paths.admin.account}
              linkLabel={t("adminHome.open", { section: t("nav.account") })}
            />
          </SimpleGrid>
        </Stack>

        <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="home-roadmap">
          <Title order={2} size="h4" id="home-roadmap" mb={4}>
            {t("adminHome.roadmapTitle")}
          </Title>
          <Text size="sm" c="dimmed" mb="md">
            {t("adminHome.roadmapIntro")}
          </Text>
          <List spacing="xs" size="sm">
            {roadmap.map((item) => (
              <List.Item key={item}>{t(`adminHome.roadmap.${item}`)}</List.Item>
            ))}
          </List>
        </Paper>
      </Stack>
    </>
  );
}

type CardProps = {
  icon: ReactNode;
  title: string;
  body: string;
  to: string;
  linkLabel: string;
  extra?: ReactNode;
};

function DashboardCard({ icon, title, body, to, linkLabel, extra }: CardProps) {
  return (
    <Card>
      <Stack gap="sm" h="100%">
        <Group justify="space-between" align="flex-start">
          <ThemeIcon size={40} radius="md" variant="light" aria-hidden>
            {icon}
          </ThemeIcon>
          {extra}
        </Group>
        <Title order={3} size="h5">
          {title}
        </Title>
        <Text size="sm" c="dimmed" style={{ flex: 1 }}>
          {body}
        </Text>
        <Group>
          <ButtonLink to={to} variant="light" size="xs" rightSection={<IconArrowRight size={14} aria-hidden />} aria-label={linkLabel}>
            {title}
          </ButtonLink>
        </Group>
      </Stack>
    </Card>
  );
}
