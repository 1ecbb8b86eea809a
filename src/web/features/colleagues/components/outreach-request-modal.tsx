import { Alert, Button, Group, Modal, Stack, Text, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconInfoCircle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { FormerColleague } from "../../../../shared/contracts/colleagues";
import { ProblemAlert } from "../../../components/problem-alert";
import { i18n } from "../../../i18n";
import { applyFieldErrors } from "../../../lib/form-errors";
import { notifySuccess } from "../../../lib/notify";
import { useRequestOutreach } from "../api/colleagues";

/** The first word of "鈴木 花子": how colleagues address each other in a short note. */
const familyOf = (name: string) => name.trim().split(/\s+/)[0] ?? name;

export function suggestedMessage(alumnusFamilyName: string, colleague: FormerColleague): string {
  const department = colleague.periods.at(-1)?.department ?? "";
  return i18n.t("colleagues.outreach.template", { alumnus: alumnusFamilyName, department, employee: familyOf(colleague.name) });
}

type Props = {
  alumnusId: string;
  alumnusName: string;
  alumnusFamilyName: string;
  consents: boolean;
  colleague: FormerColleague | null;
  onClose: () => void;
};

/** HR asks one former colleague to get in touch personally, with a message they may reuse or rewrite. */
export function OutreachRequestModal({ alumnusId, alumnusName, alumnusFamilyName, consents, colleague, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={Boolean(colleague)}
      onClose={onClose}
      closeButtonProps={{ "aria-label": t("common.close") }}
      size="lg"
      title={colleague ? t("colleagues.outreach.modalTitle", { employee: colleague.name, alumnus: alumnusName }) : ""}
    >
      {colleague ? (
        <OutreachForm
          key={colleague.userId}
          alumnusId={alumnusId}
          alumnusName={alumnusName}
          consents={consents}
          colleague={colleague}
          initialMessage={suggestedMessage(alumnusFamilyName, colleague)}
          onClose={onClose}
        />
      ) : null}
    </Modal>
  );
}

function OutreachForm({
  alumnusId,
  alumnusName,
  consents,
  colleague,
  initialMessage,
  onClose,
}: Omit<Props, "colleague" | "alumnusFamilyName"> & { colleague: FormerColleague; initialMessage: string }) {
  const { t } = useTranslation();
  const request = useRequestOutreach(alumnusId);
  const form = useForm({
    mode: "controlled",
    initialValues: { suggestedMessage: initialMessage },
    validate: { suggestedMessage: (v: string) => (v.trim() ? null : i18n.t("validation.required")) },
  });
  const submit = form.onSubmit((values) =>
    request.mutate(
      { employeeUserId: colleague.userId, suggestedMessage: values.suggestedMessage.trim() },
      {
        onSuccess: () => {
          notifySuccess(t("colleagues.outreach.sent", { employee: colleague.name }));
          onClose();
        },
        onError: (error) => applyFieldErrors(form, error, ["suggestedMessage"]),
      },
    ),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">{t("colleagues.outreach.explain", { employee: colleague.name, alumnus: alumnusName })}</Text>
        <Alert variant="light" color={consents ? "teal" : "gray"} icon={<IconInfoCircle aria-hidden />}>
          <Text size="sm">{consents ? t("colleagues.consent.yesLong") : t("colleagues.consent.noLong")}</Text>
        </Alert>
        <Textarea
          label={t("colleagues.outreach.messageLabel")}
          description={t("colleagues.outreach.messageHint")}
          autosize
          minRows={5}
          maxRows={12}
          maxLength={2000}
          required
          {...form.getInputProps("suggestedMessage")}
        />
        {request.isError ? <ProblemAlert error={request.error} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={request.isPending}>
            {t("colleagues.outreach.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
