import { Button, Group, Modal, Radio, Stack, Text, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import type { Eligibility } from "../../../../shared/contracts/alumni";
import { ProblemAlert } from "../../../components/problem-alert";
import { i18n } from "../../../i18n";
import { applyFieldErrors } from "../../../lib/form-errors";
import { notifySuccess } from "../../../lib/notify";
import { useOverrideEligibility } from "../api/override-eligibility";

type OverrideStatus = "eligible" | "ineligible";
type Props = { opened: boolean; onClose: () => void; alumnusId: string; eligibility: Eligibility };

const REASON_MAX = 500;

/** HR's own verdict for one person, which must come with a reason others can follow. */
export function EligibilityOverrideModal({ opened, onClose, alumnusId, eligibility }: Props) {
  const { t } = useTranslation();
  const override = useOverrideEligibility();
  // Offer the opposite of today's verdict: that is what someone opening this usually means to do.
  const suggested: OverrideStatus = eligibility.status === "eligible" ? "ineligible" : "eligible";
  const form = useForm({
    mode: "controlled",
    initialValues: { status: eligibility.override?.status ?? suggested, reason: eligibility.override?.reason ?? "" },
    validate: {
      reason: (value) =>
        !value.trim() ? i18n.t("validation.required") : value.trim().length > REASON_MAX ? i18n.t("eligibility.override.reasonTooLong") : null,
    },
  });

  const close = () => {
    form.reset();
    override.reset();
    onClose();
  };

  const submit = form.onSubmit((values) => {
    override.mutate(
      { id: alumnusId, input: { status: values.status, reason: values.reason.trim() } },
      {
        onSuccess: (saved) => {
          notifySuccess(t("eligibility.override.saved", { status: t(`eligibility.status.${saved.status}`) }));
          close();
        },
        onError: (error) => applyFieldErrors(form, error, ["status", "reason"]),
      },
    );
  });

  const reasonLength = form.getValues().reason.trim().length;
  return (
    <Modal opened={opened} onClose={close} title={t("eligibility.override.title")} size="lg" closeButtonProps={{ "aria-label": t("common.close") }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t("eligibility.override.intro")}
          </Text>
          <Radio.Group label={t("eligibility.override.status")} required {...form.getInputProps("status")}>
            <Group gap="xl" mt="xs">
              <Radio value="eligible" label={t("eligibility.status.eligible")} />
              <Radio value="ineligible" label={t("eligibility.status.ineligible")} />
            </Group>
          </Radio.Group>
          <Textarea
            label={t("eligibility.override.reason")}
            description={t("eligibility.override.reasonHint")}
            placeholder={t("eligibility.override.reasonPlaceholder")}
            required
            autosize
            minRows={3}
            maxRows={8}
            data-autofocus
            {...form.getInputProps("reason")}
          />
          <Text size="xs" c={reasonLength > REASON_MAX ? "red.8" : "dimmed"} ta="right" aria-live="polite">
            {`${reasonLength} / ${REASON_MAX}`}
          </Text>
          {override.isError && !form.errors.reason && !form.errors.status ? <ProblemAlert error={override.error} /> : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={override.isPending}>
              {t("eligibility.override.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
