import { Alert, Button, Group, List, Loader, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconArrowBackUp, IconGavel, IconUserCheck } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Eligibility } from "../../../../shared/contracts/alumni";
import { ConfirmButton } from "../../../components/confirm-button";
import { ProblemAlert } from "../../../components/problem-alert";
import { notifySuccess } from "../../../lib/notify";
import { useEligibility } from "../api/get-eligibility";
import { useOverrideEligibility } from "../api/override-eligibility";
import { EligibilityBadge } from "./alumni-badges";
import { ProfileSection } from "./alumnus-profile";
import { EligibilityOverrideModal } from "./eligibility-override-modal";

type Props = {
  alumnusId: string;
  /** Admin and HR may set their own verdict; managers only read it. */
  canOverride: boolean;
  /** Where the criteria can be read (only for those who may open that page). */
  rulesLink?: ReactNode;
};

function OverrideActions({ alumnusId, eligibility }: { alumnusId: string; eligibility: Eligibility }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const override = useOverrideEligibility();
  const computed = t(`eligibility.status.${eligibility.computed}`);
  return (
    <Group gap="sm">
      <Button variant="light" size="sm" leftSection={<IconUserCheck size={16} aria-hidden />} onClick={open}>
        {t("eligibility.record.override")}
      </Button>
      {eligibility.override ? (
        <ConfirmButton
          variant="default"
          size="sm"
          leftSection={<IconArrowBackUp size={16} aria-hidden />}
          confirmTitle={t("eligibility.record.clearTitle")}
          confirmMessage={t("eligibility.record.clearMessage", { computed })}
          confirmLabel={t("eligibility.record.clearConfirm")}
          destructive={false}
          onConfirm={async () => {
            await override.mutateAsync({ id: alumnusId, input: { status: null, reason: null } });
            notifySuccess(t("eligibility.record.cleared"));
          }}
        >
          {t("eligibility.record.clear")}
        </ConfirmButton>
      ) : null}
      {/* Mounted only while open, so each opening starts from the current verdict. */}
      {opened ? <EligibilityOverrideModal opened onClose={close} alumnusId={alumnusId} eligibility={eligibility} /> : null}
    </Group>
  );
}

function Verdict({ eligibility }: { eligibility: Eligibility }) {
  const { t } = useTranslation();
  const { override } = eligibility;
  return (
    <Stack gap="md">
      <Group gap="xs">
        <EligibilityBadge status={eligibility.status} size="lg" />
      </Group>
      {override ? (
        <Alert variant="light" color="indigo" icon={<IconGavel aria-hidden />} title={t("eligibility.record.overriddenTitle")}>
          <Stack gap={6}>
            <Text size="sm">
              {t("eligibility.record.overriddenBody", {
                computed: t(`eligibility.status.${eligibility.computed}`),
                status: t(`eligibility.status.${override.status}`),
              })}
            </Text>
            <Text size="sm" fw={700}>
              {t("eligibility.record.overrideReason")}
            </Text>
            <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
              {override.reason}
            </Text>
          </Stack>
        </Alert>
      ) : null}
      <Stack gap={6}>
        <Text size="sm" c="dimmed">
          {override ? t("eligibility.record.computedReasons") : t("eligibility.record.reasons")}
        </Text>
        <List size="sm" spacing={4}>
          {eligibility.reasons.map((reason) => (
            <List.Item key={reason.code}>{reason.message}</List.Item>
          ))}
        </List>
      </Stack>
    </Stack>
  );
}

/** Whether the company would rehire this person, and why, in plain words from the server. */
export function AlumnusEligibility({ alumnusId, canOverride, rulesLink }: Props) {
  const { t } = useTranslation();
  const eligibility = useEligibility(alumnusId);
  return (
    <ProfileSection id="section-eligibility" title={t("eligibility.record.title")} description={t("eligibility.record.description")}>
      {eligibility.isPending ? (
        <Loader size="sm" aria-label={t("common.loading")} />
      ) : eligibility.isError ? (
        <ProblemAlert error={eligibility.error} />
      ) : (
        <>
          <Verdict eligibility={eligibility.data} />
          {canOverride ? <OverrideActions alumnusId={alumnusId} eligibility={eligibility.data} /> : null}
        </>
      )}
      {rulesLink}
    </ProfileSection>
  );
}
