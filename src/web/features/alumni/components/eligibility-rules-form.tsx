import { Button, Checkbox, Group, NumberInput, Paper, Radio, Stack, Switch, Text, Title } from "@mantine/core";
import { type GetInputPropsReturnType, useForm } from "@mantine/form";
import { useDisclosure } from "@mantine/hooks";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { type EligibilityRules, EXIT_TYPES, type ExitType } from "../../../../shared/contracts/alumni";
import { ConfirmDialog } from "../../../components/confirm-dialog";
import { i18n } from "../../../i18n";
import { applyFieldErrors } from "../../../lib/form-errors";
import { notifySuccess } from "../../../lib/notify";
import { useUpdateEligibilityRules } from "../api/eligibility-rules";
import { formatTenure } from "./tenure";

type Limit = "none" | "limited";
type Values = {
  tenureLimit: Limit;
  minTenureMonths: number | string;
  allowedExitTypes: ExitType[];
  sinceLimit: Limit;
  maxYearsSinceLeaving: number | string;
  excludeDoNotRehire: boolean;
};

const TENURE_MAX = 600;
const YEARS_MAX = 60;
const SERVER_FIELDS = ["minTenureMonths", "allowedExitTypes", "maxYearsSinceLeaving", "excludeDoNotRehire"] as const;

function valuesOf(rules: EligibilityRules): Values {
  return {
    tenureLimit: rules.minTenureMonths === null ? "none" : "limited",
    minTenureMonths: rules.minTenureMonths ?? 12,
    allowedExitTypes: rules.allowedExitTypes,
    sinceLimit: rules.maxYearsSinceLeaving === null ? "none" : "limited",
    maxYearsSinceLeaving: rules.maxYearsSinceLeaving ?? 10,
    excludeDoNotRehire: rules.excludeDoNotRehire,
  };
}

function rulesOf(values: Values): EligibilityRules {
  return {
    minTenureMonths: values.tenureLimit === "limited" ? Number(values.minTenureMonths) : null,
    allowedExitTypes: EXIT_TYPES.filter((type) => values.allowedExitTypes.includes(type)),
    maxYearsSinceLeaving: values.sinceLimit === "limited" ? Number(values.maxYearsSinceLeaving) : null,
    excludeDoNotRehire: values.excludeDoNotRehire,
  };
}

function wholeNumber(value: number | string, max: number): string | null {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= max ? null : i18n.t("eligibility.rules.wholeNumber", { min: 0, max });
}

function RuleSection({ id, title, help, children }: { id: string; title: string; help: string; children: ReactNode }) {
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby={id}>
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} size="h4" id={id}>
            {title}
          </Title>
          <Text size="sm" c="dimmed" maw={720}>
            {help}
          </Text>
        </Stack>
        {children}
      </Stack>
    </Paper>
  );
}

type LimitChoiceProps = {
  label: string;
  limitedLabel: string;
  numberLabel: string;
  /** The number in words ("1年以上在籍した方が対象です。"), when it is one. */
  hint: string | undefined;
  max: number;
  limit: GetInputPropsReturnType;
  number: GetInputPropsReturnType;
};

/** A numeric rule that may also be switched off ("no requirement"), as the API's nullable numbers. */
function LimitChoice({ label, limitedLabel, numberLabel, hint, max, limit, number }: LimitChoiceProps) {
  const { t } = useTranslation();
  return (
    <Radio.Group label={label} {...limit}>
      <Stack gap="sm" mt="xs">
        <Radio value="none" label={t("eligibility.rules.noLimit")} />
        <Radio value="limited" label={limitedLabel} />
        <NumberInput
          ml={32}
          maw={320}
          label={numberLabel}
          description={hint}
          min={0}
          max={max}
          allowDecimal={false}
          allowNegative={false}
          disabled={limit.value !== "limited"}
          {...number}
        />
      </Stack>
    </Radio.Group>
  );
}

/** A whole number above zero, or null for an empty or half-typed field. */
function positive(value: number | string): number | null {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : null;
}

/** The company's rehire criteria; saving re-evaluates everyone, so it asks first. */
export function EligibilityRulesForm({ rules }: { rules: EligibilityRules }) {
  const { t } = useTranslation();
  const update = useUpdateEligibilityRules();
  const [confirming, confirm] = useDisclosure(false);
  const form = useForm<Values>({
    mode: "controlled",
    initialValues: valuesOf(rules),
    validate: {
      minTenureMonths: (value, values) => (values.tenureLimit === "limited" ? wholeNumber(value, TENURE_MAX) : null),
      maxYearsSinceLeaving: (value, values) => (values.sinceLimit === "limited" ? wholeNumber(value, YEARS_MAX) : null),
      allowedExitTypes: (value) => (value.length ? null : i18n.t("eligibility.rules.exitTypesRequired")),
    },
  });
  const values = form.getValues();

  const save = async () => {
    try {
      const saved = await update.mutateAsync(rulesOf(values));
      const { recomputed, ...next } = saved;
      form.setInitialValues(valuesOf(next));
      form.setValues(valuesOf(next));
      form.resetDirty(valuesOf(next));
      notifySuccess(
        recomputed > 0 ? t("eligibility.rules.savedChanged", { count: recomputed }) : t("eligibility.rules.savedUnchanged"),
        t("eligibility.rules.savedTitle"),
      );
    } catch (error) {
      // Field errors belong beside their fields; anything else stays in the dialog.
      if (!applyFieldErrors(form, error, SERVER_FIELDS)) throw error;
    }
  };

  const tenure = positive(values.minTenureMonths);
  const years = positive(values.maxYearsSinceLeaving);
  return (
    <form onSubmit={form.onSubmit(confirm.open)} noValidate aria-label={t("eligibility.rules.formLabel")}>
      <Stack gap="lg">
        <RuleSection id="rule-tenure" title={t("eligibility.rules.tenureTitle")} help={t("eligibility.rules.tenureHelp")}>
          <LimitChoice
            label={t("eligibility.rules.tenureChoice")}
            limitedLabel={t("eligibility.rules.tenureLimited")}
            numberLabel={t("eligibility.rules.tenureMonths")}
            hint={tenure ? t("eligibility.rules.tenureEquals", { duration: formatTenure(t, tenure) }) : undefined}
            max={TENURE_MAX}
            limit={form.getInputProps("tenureLimit")}
            number={form.getInputProps("minTenureMonths")}
          />
        </RuleSection>

        <RuleSection id="rule-exit-types" title={t("eligibility.rules.exitTypesTitle")} help={t("eligibility.rules.exitTypesHelp")}>
          <Checkbox.Group label={t("eligibility.rules.exitTypesLabel")} {...form.getInputProps("allowedExitTypes")}>
            <Group gap="lg" mt="xs">
              {EXIT_TYPES.map((type) => (
                <Checkbox key={type} value={type} label={t(`alumni.exitType.${type}`)} />
              ))}
            </Group>
          </Checkbox.Group>
        </RuleSection>

        <RuleSection id="rule-since" title={t("eligibility.rules.sinceTitle")} help={t("eligibility.rules.sinceHelp")}>
          <LimitChoice
            label={t("eligibility.rules.sinceChoice")}
            limitedLabel={t("eligibility.rules.sinceLimited")}
            numberLabel={t("eligibility.rules.sinceYears")}
            hint={years ? t("eligibility.rules.sinceEquals", { count: years }) : undefined}
            max={YEARS_MAX}
            limit={form.getInputProps("sinceLimit")}
            number={form.getInputProps("maxYearsSinceLeaving")}
          />
        </RuleSection>

        <RuleSection id="rule-do-not-rehire" title={t("eligibility.rules.doNotRehireTitle")} help={t("eligibility.rules.doNotRehireHelp")}>
          <Switch size="md" label={t("eligibility.rules.doNotRehireLabel")} {...form.getInputProps("excludeDoNotRehire", { type: "checkbox" })} />
        </RuleSection>

        <Group>
          <Button type="submit" disabled={!form.isDirty()}>
            {t("eligibility.rules.save")}
          </Button>
        </Group>
      </Stack>
      <ConfirmDialog
        opened={confirming}
        onClose={confirm.close}
        title={t("eligibility.rules.confirmTitle")}
        message={t("eligibility.rules.confirmMessage")}
        confirmLabel={t("eligibility.rules.confirm")}
        onConfirm={save}
        destructive={false}
      />
    </form>
  );
}
