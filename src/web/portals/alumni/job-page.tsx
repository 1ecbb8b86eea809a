import { Alert, Badge, Button, Grid, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconBriefcase, IconCircleCheck, IconCoffee, IconLock, IconMapPin, IconSend } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { JobDetail } from "../../../shared/contracts/positions";
import { EmptyState } from "../../components/empty-state";
import { PageHeader } from "../../components/page-header";
import { RecordPage } from "../../components/record-page";
import { AnchorLink, ButtonLink } from "../../components/router-links";
import { MarkdownHtml } from "../../features/markdown/components/markdown-html";
import { useJob } from "../../features/positions/api/positions";
import { ApplyDialog } from "../../features/positions/components/apply-dialog";
import { JobMatchReasons } from "../../features/positions/components/job-match";
import { SaveJobButton } from "../../features/positions/components/save-job-button";
import { isApiError } from "../../lib/api-client";
import { paths } from "../../lib/paths";

function BackToJobs() {
  const { t } = useTranslation();
  return (
    <AnchorLink to={paths.alumni.jobs} size="sm">
      ← {t("positions.job.back")}
    </AnchorLink>
  );
}

function Facts({ job }: { job: JobDetail }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="job-facts">
      <Stack gap="xs">
        <Title order={2} size="h4" id="job-facts">
          {t("positions.job.facts")}
        </Title>
        {job.department ? (
          <Group gap={6} wrap="nowrap">
            <IconBriefcase size={16} aria-hidden />
            <Text size="sm">{job.department}</Text>
          </Group>
        ) : null}
        {job.location ? (
          <Group gap={6} wrap="nowrap">
            <IconMapPin size={16} aria-hidden />
            <Text size="sm">{job.location}</Text>
          </Group>
        ) : null}
        <Text size="sm">{t(`positions.employmentType.${job.employmentType}`)}</Text>
        {job.skills.length ? (
          <Group gap={6}>
            {job.skills.map((skill) => (
              <Badge
                key={skill}
                variant={job.match.skills.includes(skill) ? "light" : "outline"}
                color={job.match.skills.includes(skill) ? "teal" : "gray"}
                tt="none"
              >
                {skill}
              </Badge>
            ))}
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}

function Apply({ job }: { job: JobDetail }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  if (job.applied) {
    return (
      <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden />} title={t("positions.job.appliedTitle")}>
        {t("positions.job.appliedBody")}
      </Alert>
    );
  }
  if (job.status !== "open") {
    return (
      <Alert color="gray" variant="light" icon={<IconLock aria-hidden />}>
        {t("positions.job.closedBody")}
      </Alert>
    );
  }
  return (
    <>
      <Button size="md" leftSection={<IconSend size={18} aria-hidden />} onClick={open}>
        {t("positions.job.apply")}
      </Button>
      <ApplyDialog job={job} opened={opened} onClose={close} />
    </>
  );
}

function Job({ job }: { job: JobDetail }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader
        title={job.title}
        actions={
          <Group gap="xs">
            {job.applied ? (
              <Badge color="teal" variant="filled" size="lg">
                {t("positions.board.applied")}
              </Badge>
            ) : null}
            <SaveJobButton id={job.id} title={job.title} saved={job.saved} size="sm" />
          </Group>
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="job-match" bg="teal.0">
              <Stack gap="xs">
                <Title order={2} size="h4" id="job-match">
                  {t("positions.job.match")}
                </Title>
                {job.match.reasons.length ? (
                  <JobMatchReasons match={job.match} label={t("positions.job.match")} />
                ) : (
                  <Text size="sm">{t("positions.job.noMatch")}</Text>
                )}
              </Stack>
            </Paper>
            <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="job-description">
              <Stack gap="sm">
                <Title order={2} size="h4" id="job-description">
                  {t("positions.job.description")}
                </Title>
                <MarkdownHtml html={job.descriptionHtml} />
              </Stack>
            </Paper>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            <Apply job={job} />
            <Facts job={job} />
            <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="job-talk">
              <Stack gap="xs">
                <Group gap="xs" wrap="nowrap">
                  <IconCoffee size={20} aria-hidden />
                  <Title order={2} size="h5" id="job-talk">
                    {t("positions.job.talkTitle")}
                  </Title>
                </Group>
                <Text size="sm" c="dimmed">
                  {t("positions.job.talkBody")}
                </Text>
                <ButtonLink to={paths.alumni.talks} variant="light" size="sm" w="fit-content">
                  {t("positions.job.talkAction")}
                </ButtonLink>
              </Stack>
            </Paper>
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}

export function AlumniJobPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const query = useJob(id);
  if (query.isError && isApiError(query.error, "job_consent_required")) {
    return (
      <Stack gap="md">
        <BackToJobs />
        <EmptyState
          icon={<IconLock size={26} />}
          title={t("positions.board.consentTitle")}
          description={t("positions.board.consentBody")}
          action={<ButtonLink to={paths.alumni.consents}>{t("positions.board.consentAction")}</ButtonLink>}
        />
      </Stack>
    );
  }
  return (
    <RecordPage
      query={query}
      back={<BackToJobs />}
      notFound={{
        title: t("positions.job.notFoundTitle"),
        body: t("positions.job.notFoundBody"),
        icon: <IconBriefcase size={26} />,
        action: <ButtonLink to={paths.alumni.jobs}>{t("positions.job.back")}</ButtonLink>,
      }}
    >
      {(job) => <Job job={job} />}
    </RecordPage>
  );
}
