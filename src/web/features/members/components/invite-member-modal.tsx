import { Button, Group, Modal, Select, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { Email } from "../../../../shared/contracts/common";
import { ROLES, Role } from "../../../../shared/roles";
import { ProblemAlert } from "../../../components/problem-alert";
import { i18n } from "../../../i18n";
import { applyFieldErrors } from "../../../lib/form-errors";
import { notifySuccess } from "../../../lib/notify";
import { useCreateInvitation } from "../api/create-invitation";

type Props = { opened: boolean; onClose: () => void };

export function InviteMemberModal({ opened, onClose }: Props) {
  const { t } = useTranslation();
  const create = useCreateInvitation();
  const form = useForm({
    mode: "controlled",
    initialValues: { email: "", role: "employee" as Role },
    validate: {
      email: (value) => (Email.safeParse(value).success ? null : i18n.t("validation.email")),
      role: (value) => (Role.safeParse(value).success ? null : i18n.t("validation.required")),
    },
  });

  const close = () => {
    form.reset();
    create.reset();
    onClose();
  };

  const submit = form.onSubmit((values) => {
    create.mutate(
      { email: values.email.trim(), role: values.role },
      {
        onSuccess: (invitation) => {
          notifySuccess(t("invitations.sent", { email: invitation.email }), t("invitations.sentTitle"));
          close();
        },
        onError: (error) => applyFieldErrors(form, error, ["email", "role"]),
      },
    );
  });

  return (
    <Modal opened={opened} onClose={close} title={t("invitations.modalTitle")} closeButtonProps={{ "aria-label": t("common.close") }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t("invitations.modalIntro")}
          </Text>
          <TextInput label={t("invitations.email")} type="email" required data-autofocus {...form.getInputProps("email")} />
          <Select
            label={t("invitations.role")}
            description={t("invitations.roleHint")}
            required
            allowDeselect={false}
            data={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
            {...form.getInputProps("role")}
          />
          {create.isError && !form.errors.email ? <ProblemAlert error={create.error} /> : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t("invitations.send")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
