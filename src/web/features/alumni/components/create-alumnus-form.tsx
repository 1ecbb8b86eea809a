import { Button, Stack, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import type { Alumnus } from "../../../../shared/contracts/alumni";
import { ProblemAlert } from "../../../components/problem-alert";
import { isApiError } from "../../../lib/api-client";
import { applyFieldErrors } from "../../../lib/form-errors";
import { useCreateAlumnus } from "../api/create-alumnus";
import { AlumnusFormBar } from "./alumnus-form-bar";
import { AlumnusFormFields } from "./alumnus-form-fields";
import { formValuesOf, inputOf, serverFieldPaths, validateAlumnusForm } from "./alumnus-form-values";
import { focusFirstError } from "./focus-first-error";

type Props = { onCreated: (alumnus: Alumnus) => void; onCancel: () => void };

export function CreateAlumnusForm({ onCreated, onCancel }: Props) {
  const { t } = useTranslation();
  const create = useCreateAlumnus();
  const form = useForm({ mode: "controlled", initialValues: formValuesOf(), validate: validateAlumnusForm });

  const formRef = useRef<HTMLFormElement>(null);
  const submit = form.onSubmit(
    (values) => {
      create.mutate(inputOf(values), {
        onSuccess: onCreated,
        onError: (error) => {
          if (isApiError(error, "employee_number_taken")) {
            form.setFieldError("employeeNumber", error.problem.detail ?? error.problem.title);
          } else if (!applyFieldErrors(form, error, serverFieldPaths(values))) {
            return;
          }
          focusFirstError(formRef.current);
        },
      });
    },
    () => focusFirstError(formRef.current),
  );

  const placedOnField = Object.keys(form.errors).length > 0;
  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label={t("alumni.new.title")}>
      <Stack gap="lg">
        <Text size="sm" c="dimmed">
          {t("alumni.form.requiredNote")}
        </Text>
        <AlumnusFormFields form={form} />
        <AlumnusFormBar message={create.isError && !placedOnField ? <ProblemAlert error={create.error} /> : null}>
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t("alumni.new.submit")}
          </Button>
        </AlumnusFormBar>
      </Stack>
    </form>
  );
}
