import { Badge, Button, Grid, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { IconArrowLeft, IconShare, IconUserPlus, IconUsers } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { EmptyState } from "../../../components/empty-state";
import { PageHeader } from "../../../components/page-header";
import { PageLoader } from "../../../components/page-loader";
import { ProblemAlert } from "../../../components/problem-alert";
import { AnchorLink, ButtonLink } from "../../../components/router-links";
import { isApiError } from "../../../lib/api-client";
import { paths } from "../../../lib/paths";
import { MarkdownHtml } from "../../markdown/components/markdown-html";
import { useMe } from "../../me/api/get-me";
import { useOpenPosition } from "../api/referrals";
import { ShareCard } from "./share-card";

function Fact({ label, value }: { label: string; value: string | null }) {
  if (!value) return null;
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" component="dt">
        {label}
      </Text>
      <Text size="sm" component="dd" m={0}>
        {value}
      </Text>
    </Stack>
  );
}

/** One open position with the ways to refer someone to it: a friend, a former colleague, or a share link. */
export function PositionView({ id }: { id: string }) {
  const { t } = useTranslation();
  const position = useOpenPosition(id);
  const { data: me } = useMe();
  const [sharing, setSharing] = useState(false);
  const back = (
    <AnchorLink to={paths.employee.positions} size="sm" mb="xs" display="inline-block">
      <Group gap={4} component="span" wrap="nowrap">
        <IconArrowLeft size={14} aria-hidden />
        {t("referrals.position.back")}
      </Group>
    </AnchorLink>
  );

  if (position.isPending) return <PageLoader />;
  if (position.isError) {
    return (
      <>
        {back}
        {isApiError(position.error) && position.error.status === 404 ? (
          <EmptyState title={t("referrals.position.notFoundTitle")} description={t("referrals.position.notFoundBody")} />
        ) : (
          <ProblemAlert error={position.error} onRetry={() => void position.refetch()} />
        )}
      </>
    );
  }
  const p = position.data;

  return (
    <>
      {back}
      <PageHeader title={p.title} description={p.department ?? undefined} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="position-description">
            <Stack gap="md">
              <Group gap="xs">
                <Badge variant="outline" color="gray">
                  {t(`referrals.employmentType.${p.employmentType}`)}
                </Badge>
              </Group>
              <Group component="dl" gap="xl" m={0} align="flex-start">
                <Fact label={t("referrals.position.department")} value={p.department} />
                <Fact label={t("referrals.position.location")} value={p.location} />
                <Fact label={t("referrals.position.skills")} value={p.skills.length ? p.skills.join(" / ") : null} />
              </Group>
              <Title order={2} size="h4" id="position-description">
                {t("referrals.position.description")}
              </Title>
              <MarkdownHtml html={p.descriptionHtml} />
            </Stack>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="position-refer">
              <Stack gap="sm">
                <Title order={2} size="h4" id="position-refer">
                  {t("referrals.position.referTitle")}
                </Title>
                <Text size="sm" c="dimmed">
                  {t("referrals.position.referBody")}
                </Text>
                <ButtonLink to={paths.employee.referralNew} search={{ positionId: p.id, kind: "friend" }} leftSection={<IconUserPlus size={16} aria-hidden />}>
                  {t("referrals.position.referFriend")}
                </ButtonLink>
                <ButtonLink
                  to={paths.employee.referralNew}
                  search={{ positionId: p.id, kind: "alumnus" }}
                  variant="light"
                  leftSection={<IconUsers size={16} aria-hidden />}
                >
                  {t("referrals.position.referAlumnus")}
                </ButtonLink>
                <Button variant="default" onClick={() => setSharing((s) => !s)} aria-expanded={sharing} leftSection={<IconShare size={16} aria-hidden />}>
                  {sharing ? t("referrals.position.hideShare") : t("referrals.position.shareLink")}
                </Button>
              </Stack>
            </Paper>
            {sharing ? <ShareCard positionId={p.id} positionTitle={p.title} companyName={me?.tenant.name ?? ""} /> : null}
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
