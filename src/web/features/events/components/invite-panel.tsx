import { Alert, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useDebouncedValue, useDisclosure } from "@mantine/hooks";
import { IconMailShare, IconUsers } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { EventDetail } from "../../../../shared/contracts/events";
import type { Segment } from "../../../../shared/contracts/segments";
import { ConfirmDialog } from "../../../components/confirm-dialog";
import { ProblemAlert } from "../../../components/problem-alert";
import { notifySuccess } from "../../../lib/notify";
import { SegmentFilters } from "../../announcements/components/segment-filters";
import { useInvite, useInviteAudience } from "../api/events";

/** Choose who to invite, see how many new people that reaches, and send after a confirmation. */
export function InvitePanel({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  const [segment, setSegment] = useState<Segment>({});
  const [debounced] = useDebouncedValue(segment, 400);
  const audience = useInviteAudience(event.id, debounced);
  const invite = useInvite(event.id);
  const [opened, confirm] = useDisclosure(false);
  const fresh = audience.data ? audience.data.recipients - audience.data.alreadyInvited : 0;
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="invite-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="invite-title">
          {t("events.invite.title")}
        </Title>
        <Text size="sm" c="dimmed">
          {t("events.invite.description", { count: event.counts.invited })}
        </Text>
        <SegmentFilters value={segment} onChange={setSegment} />
        <Group gap="xs" aria-live="polite">
          <IconUsers size={18} aria-hidden />
          <Text size="sm">{audience.data ? t("events.invite.audience", { recipients: audience.data.recipients, fresh }) : t("events.invite.counting")}</Text>
        </Group>
        {audience.isError ? <ProblemAlert error={audience.error} onRetry={() => void audience.refetch()} /> : null}
        {audience.data && fresh === 0 ? (
          <Alert color="yellow" variant="light">
            {t("events.invite.nobodyNew")}
          </Alert>
        ) : null}
        <Group>
          <Button
            leftSection={<IconMailShare size={16} aria-hidden />}
            onClick={confirm.open}
            disabled={!audience.data || fresh === 0 || debounced !== segment}
          >
            {t("events.invite.send")}
          </Button>
        </Group>
      </Stack>
      <ConfirmDialog
        opened={opened}
        onClose={confirm.close}
        title={t("events.invite.confirmTitle")}
        message={t("events.invite.confirmMessage", { count: fresh })}
        confirmLabel={t("events.invite.confirmLabel")}
        destructive={false}
        onConfirm={async () => {
          await invite.mutateAsync({ segment });
          notifySuccess(t("events.invite.sent", { count: fresh }));
        }}
      />
    </Paper>
  );
}
