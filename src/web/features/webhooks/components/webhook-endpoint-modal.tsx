import { Button, Checkbox, Group, Modal, Stack, Switch, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import type { WebhookEndpoint } from "../../../../shared/contracts/webhooks";
import { WEBHOOK_EVENTS, type WebhookEvent } from "../../../../shared/webhook-events";
import { ProblemAlert } from "../../../components/problem-alert";
import { i18n } from "../../../i18n";
import { applyFieldErrors } from "../../../lib/form-errors";
import { notifySuccess } from "../../../lib/notify";
import { useCreateWebhookEndpoint, useUpdateWebhookEndpoint } from "../api/change-webhook-endpoint";
import { eventLabel } from "./webhook-event-label";
import { WebhookSecret } from "./webhook-secret";

type Props = { opened: boolean; onClose: () => void; endpoint?: WebhookEndpoint };

const FIELDS = ["url", "description", "events", "active"] as const;

/** Add an endpoint (then its secret, shown once) or edit one. */
export function WebhookEndpointModal({ opened, onClose, endpoint }: Props) {
  const { t } = useTranslation();
  const create = useCreateWebhookEndpoint();
  const update = useUpdateWebhookEndpoint(endpoint?.id ?? "");
  const mutation = endpoint ? update : create;
  const form = useForm({
    mode: "controlled",
    initialValues: {
      url: endpoint?.url ?? "",
      description: endpoint?.description ?? "",
      events: (endpoint?.events ?? []) as WebhookEvent[],
      active: endpoint?.active ?? true,
    },
    validate: {
      url: (value) => (value.trim() ? null : i18n.t("validation.required")),
      events: (value) => (value.length ? null : i18n.t("webhooks.form.eventsRequired")),
    },
  });

  const close = () => {
    form.reset();
    create.reset();
    update.reset();
    onClose();
  };

  const submit = form.onSubmit((values) => {
    const input = { url: values.url.trim(), description: values.description.trim() || null, events: values.events, active: values.active };
    const onError = (error: unknown) => applyFieldErrors(form, error, FIELDS);
    if (endpoint) {
      update.mutate(input, {
        onError,
        onSuccess: () => {
          notifySuccess(t("webhooks.form.saved"));
          close();
        },
      });
    } else {
      create.mutate(input, { onError });
    }
  });

  const created = create.data;
  const fieldErrorShown = FIELDS.some((field) => form.errors[field]);
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={created ? t("webhooks.secret.createdTitle") : endpoint ? t("webhooks.form.editTitle") : t("webhooks.form.createTitle")}
      closeOnClickOutside={!created}
      size="lg"
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      {created ? (
        <WebhookSecret secret={created.secret} onDone={close} />
      ) : (
        <form noValidate onSubmit={submit}>
          <Stack gap="md">
            <Text size="sm" c="dimmed">
              {t("webhooks.form.intro")}
            </Text>
            <TextInput
              label={t("webhooks.form.url")}
              description={t("webhooks.form.urlHint")}
              placeholder="https://hr.example.co.jp/okaeri/webhooks"
              required
              type="url"
              data-autofocus
              {...form.getInputProps("url")}
            />
            <TextInput label={t("webhooks.form.description")} description={t("webhooks.form.descriptionHint")} {...form.getInputProps("description")} />
            <Checkbox.Group label={t("webhooks.form.events")} description={t("webhooks.form.eventsHint")} required {...form.getInputProps("events")}>
              <Stack gap={6} mt="xs">
                {WEBHOOK_EVENTS.map((event) => (
                  <Checkbox key={event} value={event} label={eventLabel(t, event)} description={event} />
                ))}
              </Stack>
            </Checkbox.Group>
            <Switch label={t("webhooks.form.active")} description={t("webhooks.form.activeHint")} {...form.getInputProps("active", { type: "checkbox" })} />
            {mutation.isError && !fieldErrorShown ? <ProblemAlert error={mutation.error} /> : null}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close}>
                {t("common.cancel")}
              </Button>
              <Button type="submit" loading={mutation.isPending}>
                {endpoint ? t("common.save") : t("webhooks.add")}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
