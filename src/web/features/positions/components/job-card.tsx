import { Badge, Card, Group, Stack, Text } from "@mantine/core";
import { IconBriefcase, IconMapPin } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { Job } from "../../../../shared/contracts/positions";
import { AnchorLink } from "../../../components/router-links";
import { paths } from "../../../lib/paths";
import { JobMatchReasons } from "./job-match";
import { SaveJobButton } from "./save-job-button";

/** One posting on the alumni job board: title, facts, why it fits me, saved and applied. */
export function JobCard({ job }: { job: Job }) {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="md" padding="lg" component="li">
      <Stack gap="sm" h="100%">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <AnchorLink to={paths.alumni.job} params={{ id: job.id }} fw={700} size="lg">
            {job.title}
          </AnchorLink>
          <Group gap={6} wrap="nowrap">
            {job.applied ? (
              <Badge color="teal" variant="filled" style={{ flexShrink: 0 }}>
                {t("positions.board.applied")}
              </Badge>
            ) : null}
            {job.status === "closed" ? (
              <Badge color="gray" variant="light" style={{ flexShrink: 0 }}>
                {t("positions.board.closed")}
              </Badge>
            ) : null}
          </Group>
        </Group>
        <Group gap="md">
          {job.department ? (
            <Group gap={4} wrap="nowrap">
              <IconBriefcase size={16} aria-hidden />
              <Text size="sm">{job.department}</Text>
            </Group>
          ) : null}
          {job.location ? (
            <Group gap={4} wrap="nowrap">
              <IconMapPin size={16} aria-hidden />
              <Text size="sm">{job.location}</Text>
            </Group>
          ) : null}
          <Text size="sm" c="dimmed">
            {t(`positions.employmentType.${job.employmentType}`)}
          </Text>
        </Group>
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
        <JobMatchReasons match={job.match} label={t("positions.board.match")} />
        <Group justify="flex-end" mt="auto">
          <SaveJobButton id={job.id} title={job.title} saved={job.saved} />
        </Group>
      </Stack>
    </Card>
  );
}
