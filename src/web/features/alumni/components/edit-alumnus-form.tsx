import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconRefresh, IconUsers } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Alumnus } from "../../../../shared/contracts/alumni";
import { ConfirmButton } from "../../../components/confirm-button";
import { ProblemAlert } from "../../../components/problem-alert";
import { isApiError } from "../../../lib/api-client";
import { applyFieldErrors } from "../../../lib/form-errors";
import { notifyProblem, notifySuccess } from "../../../lib/notify";
import { alumnusQueryOptions } from "../api/get-alumnus";
import { alumniKeys } from "../api/keys";
import { useUpdateAlumnus } from "../api/update-alumnus";
import { isFullRecord } from "./alumnus-display";
import { AlumnusFormBar } from "./alumnus-form-bar";
import { AlumnusFormFields } from "./alumnus-form-fields";
import { changedFields, formValuesOf, inputOf, serverFieldPaths, validateAlumnusForm } from "./alumnus-form-values";
import { focusFirstError } from "./focus-first-error";

type Props = {
  alumnus: Alumnus;
  onSaved: (alumnus: Alumnus) => void;
  onCancel: () => void;
};

/**
 * Edits a record against the version it was loaded at. When someone else saved in between (409), the
 * typed values stay in the form until the user chooses to load the latest record.
 */
export function EditAlumnusForm({ alumnus, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const update = useUpdateAlumnus();
  const formRef = useRef<HTMLFormElement>(null);
  const [base, setBase] = useState(alumnus);
  const [stale, setStale] = useState(false);
  const [reloading, setReloading] = useState(false);
  const form = useForm({ mode: "controlled", initialValues: formValuesOf(alumnus), validate: validateAlumnusForm });

  const submit = form.onSubmit(
    (values) => {
      const changes = changedFields(inputOf(formValuesOf(base)), inputOf(values));
      if (Object.keys(changes).length === 0) {
        onCancel();
        return;
      }
      update.mutate(
        { id: base.id, patch: { ...changes, version: base.version } },
        {
          onSuccess: (saved) => {
            notifySuccess(t("alumni.edit.saved"));
            onSaved(saved);
          },
          onError: (error) => {
            if (isApiError(error, "stale_version")) {
              setStale(true);
              return;
            }
            if (isApiError(error, "employee_number_taken")) {
              form.setFieldError("employeeNumber", error.problem.detail ?? error.problem.title);
            } else if (!applyFieldErrors(form, error, serverFieldPaths(values))) {
              return;
            }
            focusFirstError(formRef.current);
          },
        },
      );
    },
    () => focusFirstError(formRef.current),
  );

  const reloadLatest = async () => {
    setReloading(true);
    try {
      const latest = await queryClient.fetchQuery({ ...alumnusQueryOptions(base.id), staleTime: 0 });
      void queryClient.invalidateQueries({ queryKey: alumniKeys.history(base.id) });
      if (!isFullRecord(latest)) return;
      const next = formValuesOf(latest);
      setBase(latest);
      form.setInitialValues(next);
      form.setValues(next);
      form.resetDirty(next);
      form.clearErrors();
      update.reset();
      setStale(false);
      notifySuccess(t("alumni.edit.reloaded"));
    } catch (error) {
      notifyProblem(error);
    } finally {
      setReloading(false);
    }
  };

  const dirty = form.isDirty();
  const placedOnField = Object.keys(form.errors).length > 0;
  const message = stale ? (
    <Alert color="orange" variant="light" icon={<IconUsers aria-hidden />} title={t("alumni.edit.staleTitle")} role="alert">
      <Stack gap="xs">
        <Text size="sm">{t("alumni.edit.staleBody")}</Text>
        <Group>
          <Button size="xs" color="orange" leftSection={<IconRefresh size={14} aria-hidden />} loading={reloading} onClick={() => void reloadLatest()}>
            {t("alumni.edit.reloadLatest")}
          </Button>
        </Group>
      </Stack>
    </Alert>
  ) : update.isError && !placedOnField ? (
    <ProblemAlert error={update.error} />
  ) : null;

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label={t("alumni.edit.formLabel")}>
      <Stack gap="lg">
        <Text size="sm" c="dimmed">
          {t("alumni.form.requiredNote")}
        </Text>
        <AlumnusFormFields form={form} />
        <AlumnusFormBar message={message}>
          {dirty ? (
            <ConfirmButton
              variant="default"
              confirmTitle={t("alumni.edit.discardTitle")}
              confirmMessage={t("alumni.edit.discardMessage")}
              confirmLabel={t("alumni.edit.discard")}
              onConfirm={async () => onCancel()}
            >
              {t("alumni.edit.cancel")}
            </ConfirmButton>
          ) : (
            <Button variant="default" onClick={onCancel}>
              {t("alumni.edit.cancel")}
            </Button>
          )}
          <Button type="submit" loading={update.isPending} disabled={!dirty || stale}>
            {t("common.save")}
          </Button>
        </AlumnusFormBar>
      </Stack>
    </form>
  );
}
