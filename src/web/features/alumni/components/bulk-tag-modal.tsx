import { Button, Group, Modal, Stack, TagsInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "../../../components/problem-alert";
import { i18n } from "../../../i18n";
import { notifySuccess } from "../../../lib/notify";
import { useBulkTagAlumni } from "../api/bulk-tag-alumni";

export type BulkTagMode = "add" | "remove";
type Props = { mode: BulkTagMode; ids: string[]; tagOptions: string[]; onClose: () => void; onDone: () => void };

const MAX_TAGS = 10;
const MAX_TAG_LENGTH = 30;

/** Adds or removes the same tags on every selected alumnus in one request. */
export function BulkTagModal({ mode, ids, tagOptions, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const bulkTag = useBulkTagAlumni();
  const form = useForm({
    mode: "controlled",
    initialValues: { tags: [] as string[] },
    validate: {
      tags: (value) =>
        value.length === 0
          ? i18n.t("alumniSelection.tagsRequired")
          : value.some((tag) => tag.length > MAX_TAG_LENGTH)
            ? i18n.t("alumni.validation.tooLong", { max: MAX_TAG_LENGTH })
            : null,
    },
  });

  const submit = form.onSubmit(({ tags }) => {
    bulkTag.mutate(
      { ids, add: mode === "add" ? tags : [], remove: mode === "remove" ? tags : [] },
      {
        onSuccess: ({ updated }) => {
          notifySuccess(updated > 0 ? t("alumniSelection.updated", { count: updated }) : t("alumniSelection.unchanged"));
          onDone();
        },
      },
    );
  });

  const title = mode === "add" ? t("alumniSelection.addTitle", { count: ids.length }) : t("alumniSelection.removeTitle", { count: ids.length });
  return (
    <Modal opened onClose={onClose} title={title} closeButtonProps={{ "aria-label": t("common.close") }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TagsInput
            label={mode === "add" ? t("alumniSelection.addLabel") : t("alumniSelection.removeLabel")}
            description={t("alumniSelection.tagsHint")}
            placeholder={t("alumniSelection.tagsPlaceholder")}
            data={tagOptions}
            maxTags={MAX_TAGS}
            splitChars={[",", "、"]}
            acceptValueOnBlur
            required
            data-autofocus
            {...form.getInputProps("tags")}
          />
          <ProblemAlert error={bulkTag.error} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={bulkTag.isPending} color={mode === "remove" ? "red" : undefined}>
              {mode === "add" ? t("alumniSelection.submitAdd") : t("alumniSelection.submitRemove")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
