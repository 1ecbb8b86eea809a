import { Badge, Button, Checkbox, Group, Modal, Paper, SimpleGrid, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { APPLICATION_MESSAGE_MAX, type JobDetail } from "../../../../shared/contracts/positions";
import { PageLoader } from "../../../components/page-loader";
import { ProblemAlert } from "../../../components/problem-alert";
import { AnchorLink } from "../../../components/router-links";
import { notifySuccess } from "../../../lib/notify";
import { paths } from "../../../lib/paths";
import { useMyProfile } from "../../alumni-portal/api/my-profile";
import { useApply } from "../api/positions";

function Profile() {
  const { t } = useTranslation();
  const profile = useMyProfile();
  if (profile.isPending) return <PageLoader />;
  if (profile.isError) return <ProblemAlert error={profile.error} />;
  const notSet = (
    <Text span c="dimmed" size="sm">
      {t("positions.apply.notSet")}
    </Text>
  );
  const { currentEmployer, currentRole, skills } = profile.data;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="apply-profile">
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={600} id="apply-profile">
            {t("positions.apply.profile")}
          </Text>
          <AnchorLink to={paths.alumni.profile} size="sm">
            {t("positions.apply.editProfile")}
          </AnchorLink>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <div>
            <Text size="xs" c="dimmed">
              {t("positions.apply.employer")}
            </Text>
            <Text size="sm">{currentEmployer || notSet}</Text>
          </div>
          <div>
            <Text size="xs" c="dimmed">
              {t("positions.apply.role")}
            </Text>
            <Text size="sm">{currentRole || notSet}</Text>
          </div>
        </SimpleGrid>
        <div>
          <Text size="xs" c="dimmed">
            {t("positions.apply.skills")}
          </Text>
          {skills.length ? (
            <Group gap={6} mt={2}>
              {skills.map((skill) => (
                <Badge key={skill} variant="light" color="gray" tt="none">
                  {skill}
                </Badge>
              ))}
            </Group>
          ) : (
            notSet
          )}
        </div>
      </Stack>
    </Paper>
  );
}

/** Apply with the current profile (shown, with a link to update it first) and an optional message. */
export function ApplyDialog({ job, opened, onClose }: { job: JobDetail; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const apply = useApply(job.id);
  const [message, setMessage] = useState("");
  const [confirmed, setConfirmed] = useState(false);
  const [tried, setTried] = useState(false);
  const tooLong = [...message].length > APPLICATION_MESSAGE_MAX;
  const submit = () => {
    setTried(true);
    if (!confirmed || tooLong) return;
    apply.mutate(
      { message: message.trim() || null, profileConfirmed: true },
      {
        onSuccess: () => {
          notifySuccess(t("positions.apply.done"));
          onClose();
        },
      },
    );
  };
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t("positions.apply.title", { title: job.title })}
      size="lg"
      centered
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <Stack gap="md">
        <Text size="sm">{t("positions.apply.intro")}</Text>
        {opened ? <Profile /> : null}
        <Textarea
          label={t("positions.apply.message")}
          placeholder={t("positions.apply.messagePlaceholder")}
          autosize
          minRows={3}
          maxRows={8}
          value={message}
          onChange={(event) => setMessage(event.currentTarget.value)}
          error={tooLong ? t("positions.openToReturn.tooLong", { max: APPLICATION_MESSAGE_MAX.toLocaleString() }) : undefined}
        />
        <Checkbox
          label={t("positions.apply.confirm")}
          checked={confirmed}
          onChange={(event) => setConfirmed(event.currentTarget.checked)}
          error={tried && !confirmed ? t("positions.apply.confirmRequired") : undefined}
        />
        {apply.isError ? <ProblemAlert error={apply.error} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={apply.isPending}>
            {t("positions.apply.cancel")}
          </Button>
          <Button onClick={submit} loading={apply.isPending}>
            {t("positions.apply.submit")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
