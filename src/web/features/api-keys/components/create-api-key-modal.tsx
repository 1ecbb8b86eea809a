import { Alert, Button, Code, Group, Modal, Select, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { CreatedApiKey } from "../../../../shared/contracts/api-keys";
import { ROLES, type Role } from "../../../../shared/roles";
import { CopyValueButton } from "../../../components/copy-value-button";
import { ProblemAlert } from "../../../components/problem-alert";
import { i18n } from "../../../i18n";
import { applyFieldErrors } from "../../../lib/form-errors";
import { useCreateApiKey } from "../api/create-api-key";

type Props = { opened: boolean; onClose: () => void };

/** Two steps in one dialog: name and role, then the secret, shown this one time only. */
export function CreateApiKeyModal({ opened, onClose }: Props) {
  const { t } = useTranslation();
  const create = useCreateApiKey();
  const form = useForm({
    mode: "controlled",
    initialValues: { name: "", role: "hr" as Role },
    validate: { name: (value) => (value.trim() ? null : i18n.t("validation.required")) },
  });

  const close = () => {
    form.reset();
    create.reset();
    onClose();
  };

  const created = create.data;
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={created ? t("apiKeys.createdTitle") : t("apiKeys.createTitle")}
      closeOnClickOutside={!created}
      size="lg"
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      {created ? (
        <CreatedKey created={created} onDone={close} />
      ) : (
        <form
          noValidate
          onSubmit={form.onSubmit((values) =>
            create.mutate({ name: values.name.trim(), role: values.role }, { onError: (error) => applyFieldErrors(form, error, ["name", "role"]) }),
          )}
        >
          <Stack gap="md">
            <Text size="sm" c="dimmed">
              {t("apiKeys.createIntro")}
            </Text>
            <TextInput label={t("apiKeys.name")} description={t("apiKeys.nameHint")} required data-autofocus {...form.getInputProps("name")} />
            <Select
              label={t("apiKeys.role")}
              description={t("apiKeys.roleHint")}
              required
              allowDeselect={false}
              data={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
              {...form.getInputProps("role")}
            />
            {create.isError && !form.errors.name ? <ProblemAlert error={create.error} /> : null}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close}>
                {t("common.cancel")}
              </Button>
              <Button type="submit" loading={create.isPending}>
                {t("apiKeys.create")}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}

function CreatedKey({ created, onDone }: { created: CreatedApiKey; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t("apiKeys.onceTitle")} role="note">
        {t("apiKeys.onceBody")}
      </Alert>
      <Text size="sm">{t("apiKeys.createdFor", { name: created.name, role: t(`roles.${created.role}`) })}</Text>
      <Stack gap={4}>
        <Text size="sm" fw={600}>
          {t("apiKeys.secretLabel")}
        </Text>
        <Code block fz="sm" style={{ wordBreak: "break-all", whiteSpace: "pre-wrap" }} data-testid="created-api-key">
          {created.key}
        </Code>
      </Stack>
      <Group justify="space-between">
        <CopyValueButton value={created.key} label={t("apiKeys.copy")} />
        <Button variant="default" onClick={onDone}>
          {t("apiKeys.done")}
        </Button>
      </Group>
    </Stack>
  );
}
