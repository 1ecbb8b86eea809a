import { Divider, Group, Paper, Stack, Text } from "@mantine/core";
import { IconUserShare, IconUsers } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { EmptyState } from "../../../components/empty-state";
import { PageLoader } from "../../../components/page-loader";
import { ProblemAlert } from "../../../components/problem-alert";
import { paths } from "../../../lib/paths";
import { useMyFormerColleagues } from "../api/colleagues";
import { HrefButton } from "./href-link";
import { overlapLength, SharedPeriods } from "./shared-periods";

/** 「元同僚のアルムナイ」: alumni I worked with who agreed to referral requests, each with a way to refer them. */
export function MyFormerColleagues({ canRefer }: { canRefer: boolean }) {
  const { t } = useTranslation();
  const list = useMyFormerColleagues();
  if (list.isPending) return <PageLoader minHeight={120} />;
  if (list.isError) return <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />;
  if (!list.data.items.length)
    return <EmptyState icon={<IconUsers size={26} />} title={t("colleagues.former.emptyTitle")} description={t("colleagues.former.emptyBody")} />;
  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap={0} component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
        {list.data.items.map((a, index) => {
          const work = [a.currentEmployer, a.currentRole].filter(Boolean).join(" ");
          return (
            <li key={a.alumnusId}>
              {index > 0 ? <Divider my="sm" /> : null}
              <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
                <Stack gap={4}>
                  <Group gap={8}>
                    <Text fw={700}>{a.name}</Text>
                    <Text size="sm" c="dimmed">
                      {t("colleagues.card.together", { length: overlapLength(t, a.overlapMonths, a.overlapDays) })}
                    </Text>
                  </Group>
                  {work ? (
                    <Text size="sm" c="dimmed">
                      {t("colleagues.mine.now", { work })}
                    </Text>
                  ) : null}
                  <SharedPeriods periods={a.periods} />
                </Stack>
                {canRefer ? (
                  <HrefButton
                    href={`${paths.employee.referralNew}?alumnusId=${encodeURIComponent(a.alumnusId)}`}
                    size="xs"
                    variant="light"
                    leftSection={<IconUserShare size={16} aria-hidden />}
                    aria-label={t("colleagues.former.referLabel", { name: a.name })}
                  >
                    {t("colleagues.former.refer")}
                  </HrefButton>
                ) : null}
              </Group>
            </li>
          );
        })}
      </Stack>
    </Paper>
  );
}
