import { Badge, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ApplicationStatus } from "../../../../shared/contracts/positions";
import { AnchorLink } from "../../../components/router-links";
import { formatDate } from "../../../lib/dates";
import { paths } from "../../../lib/paths";
import { useMyApplications } from "../api/positions";

const COLORS: Record<ApplicationStatus, string> = { in_progress: "blue", hired: "teal", closed: "gray" };

/** My applications with a coarse status only (in progress, hired, closed); hidden until there is one. */
export function MyApplications() {
  const { t } = useTranslation();
  const query = useMyApplications();
  const items = query.data?.items ?? [];
  if (!items.length) return null;
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="my-applications">
      <Stack gap="sm">
        <Title order={2} size="h4" id="my-applications">
          {t("positions.applications.title")}
        </Title>
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
          {items.map((item) => (
            <Group key={item.id} component="li" justify="space-between" wrap="nowrap">
              <div>
                {item.positionId ? (
                  <AnchorLink to={paths.alumni.job} params={{ id: item.positionId }} fw={600}>
                    {item.title}
                  </AnchorLink>
                ) : (
                  <Text fw={600}>{item.title}</Text>
                )}
                <Text size="xs" c="dimmed">
                  {t("positions.applications.appliedAt", { date: formatDate(item.appliedAt) })}
                </Text>
              </div>
              <Badge color={COLORS[item.status]} variant="light" style={{ flexShrink: 0 }}>
                {t(`positions.applications.status.${item.status}`)}
              </Badge>
            </Group>
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}
