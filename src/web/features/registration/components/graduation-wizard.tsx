import { Anchor, Button, Checkbox, Group, Radio, SegmentedControl, Stack, Stepper, TagsInput, Text, Textarea, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { CONSENT_PURPOSES, type ConsentPurpose } from "../../../../shared/consent-purposes";
import type { SignInResult } from "../../../../shared/contracts/auth";
import { CONSIDER_RETURNING, type ConsiderReturning, EXIT_REASONS, type ExitReason, type GraduationPreview } from "../../../../shared/contracts/registration";
import { PasswordField } from "../../../components/password-field";
import { ProblemAlert } from "../../../components/problem-alert";
import { AnchorLink } from "../../../components/router-links";
import { currentLocale } from "../../../i18n";
import { isApiError } from "../../../lib/api-client";
import { applyFieldErrors } from "../../../lib/form-errors";
import { paths } from "../../../lib/paths";
import { confirmPasswordRule, emailRule, MIN_PASSWORD_LENGTH, newPasswordRule } from "../../auth/components/validation";
import { useRegister } from "../api/register";
import { ConsentSwitches } from "./consent-switches";

type Values = {
  email: string;
  signInMethod: "password" | "magic_link";
  password: string;
  confirmPassword: string;
  consents: Record<ConsentPurpose, boolean>;
  answerSurvey: boolean;
  reasons: ExitReason[];
  considerReturning: ConsiderReturning | "";
  wouldBringBack: string;
  comment: string;
  skills: string[];
  currentEmployer: string;
  currentRole: string;
};

const STEPS = ["account", "consents", "survey", "profile", "review"] as const;

type Props = {
  token: string;
  preview: GraduationPreview & { notice: NonNullable<GraduationPreview["notice"]> };
  tenant: string;
  onRegistered: (result: SignInResult) => void;
};

/** Account, contact preferences, a short survey, an optional profile, then review and submit. */
export function GraduationWizard({ token, preview, tenant, onRegistered }: Props) {
  const { t } = useTranslation();
  const register = useRegister();
  const [step, setStep] = useState(0);
  const form = useForm<Values>({
    mode: "controlled",
    initialValues: {
      email: preview.prefill?.privateEmail ?? "",
      signInMethod: "password",
      password: "",
      confirmPassword: "",
      consents: Object.fromEntries(CONSENT_PURPOSES.map((p) => [p, false])) as Record<ConsentPurpose, boolean>,
      answerSurvey: true,
      reasons: [],
      considerReturning: "",
      wouldBringBack: "",
      comment: "",
      skills: [],
      currentEmployer: "",
      currentRole: "",
    },
    validate: (values) => {
      if (step !== 0) return {};
      const errors: Record<string, string | null> = { email: emailRule(values.email) };
      if (values.signInMethod === "password") {
        errors.password = newPasswordRule(values.password);
        errors.confirmPassword = confirmPasswordRule(values.confirmPassword, values);
      }
      return errors;
    },
  });
  const v = form.values;

  const next = () => {
    if (form.validate().hasErrors) return;
    setStep((s) => Math.min(s + 1, STEPS.length - 1));
  };
  const back = () => setStep((s) => Math.max(s - 1, 0));

  const submit = () => {
    const survey =
      v.answerSurvey && v.considerReturning
        ? { reasons: v.reasons, considerReturning: v.considerReturning, wouldBringBack: v.wouldBringBack || null, comment: v.comment || null }
        : null;
    register.mutate(
      {
        token,
        noticeVersion: preview.notice.version,
        email: v.email.trim(),
        signInMethod: v.signInMethod,
        password: v.signInMethod === "password" ? v.password : null,
        locale: currentLocale(),
        consents: v.consents,
        survey,
        profile: { skills: v.skills, currentEmployer: v.currentEmployer || null, currentRole: v.currentRole || null },
      },
      {
        onSuccess: onRegistered,
        onError: (error) => {
          if (applyFieldErrors(form, error, ["email", "password"])) setStep(0);
        },
      },
    );
  };

  const granted = CONSENT_PURPOSES.filter((p) => v.consents[p]);

  return (
    <Stack gap="lg">
      <Stepper
        active={step}
        onStepClick={(i) => i < step && setStep(i)}
        size="xs"
        iconSize={28}
        wrap={false}
        // Japanese labels must not break inside a word; tighter gaps keep five steps on one line.
        styles={{ stepLabel: { whiteSpace: "nowrap" }, stepBody: { marginInlineStart: 6 }, separator: { marginInline: 6 } }}
        allowNextStepsSelect={false}
        aria-label={t("registration.pageTitle")}
      >
        {STEPS.map((key) => (
          <Stepper.Step key={key} label={t(`registration.steps.${key}`)} />
        ))}
      </Stepper>
      <Text size="xs" c="dimmed" aria-live="polite">
        {t("registration.stepLabel", { current: step + 1, total: STEPS.length, name: t(`registration.steps.${STEPS[step] ?? "account"}`) })}
      </Text>

      {step === 0 ? (
        <Stack gap="md">
          <Title order={2} size="h4">
            {t("registration.account.title")}
          </Title>
          <Text size="sm" c="dimmed">
            {t("registration.account.description")}
          </Text>
          <TextInput
            label={t("registration.account.email")}
            description={t("registration.account.emailHint")}
            type="email"
            autoComplete="email"
            required
            {...form.getInputProps("email")}
          />
          <Radio.Group label={t("registration.account.method")} {...form.getInputProps("signInMethod")}>
            <Stack gap="xs" mt="xs">
              <Radio value="password" label={t("registration.account.methodPassword")} description={t("registration.account.methodPasswordHint")} />
              <Radio value="magic_link" label={t("registration.account.methodMagic")} description={t("registration.account.methodMagicHint")} />
            </Stack>
          </Radio.Group>
          {v.signInMethod === "password" ? (
            <>
              <PasswordField
                label={t("registration.account.password")}
                description={t("validation.passwordHint", { min: MIN_PASSWORD_LENGTH })}
                autoComplete="new-password"
                required
                {...form.getInputProps("password")}
              />
              <PasswordField
                label={t("registration.account.confirmPassword")}
                autoComplete="new-password"
                required
                {...form.getInputProps("confirmPassword")}
              />
            </>
          ) : null}
        </Stack>
      ) : null}

      {step === 1 ? (
        <Stack gap="md">
          <Title order={2} size="h4">
            {t("registration.consents.title")}
          </Title>
          <Text size="sm" c="dimmed">
            {t("registration.consents.description")}
          </Text>
          <ConsentSwitches tenant={tenant} values={v.consents} onChange={(purpose, value) => form.setFieldValue(`consents.${purpose}`, value)} />
        </Stack>
      ) : null}

      {step === 2 ? (
        <Stack gap="md">
          <Title order={2} size="h4">
            {t("registration.survey.title")}
          </Title>
          <Text size="sm" c="dimmed">
            {t("registration.survey.description")}
          </Text>
          <Checkbox.Group label={t("registration.survey.reasons")} value={v.reasons} onChange={(value) => form.setFieldValue("reasons", value as ExitReason[])}>
            <Stack gap={6} mt="xs">
              {EXIT_REASONS.map((reason) => (
                <Checkbox key={reason} value={reason} label={t(`registration.survey.reasonOptions.${reason}`)} />
              ))}
            </Stack>
          </Checkbox.Group>
          <Stack gap={6}>
            <Text size="sm" fw={500} id="consider-returning-label">
              {t("registration.survey.considerReturning")}
            </Text>
            <SegmentedControl
              aria-labelledby="consider-returning-label"
              value={v.considerReturning}
              onChange={(value) => form.setFieldValue("considerReturning", value as ConsiderReturning)}
              data={CONSIDER_RETURNING.map((value) => ({ value, label: t(`registration.survey.returnOptions.${value}`) }))}
            />
          </Stack>
          <Textarea
            label={t("registration.survey.wouldBringBack")}
            placeholder={t("registration.survey.wouldBringBackPlaceholder")}
            autosize
            minRows={2}
            maxLength={1000}
            {...form.getInputProps("wouldBringBack")}
          />
          <Textarea label={t("registration.survey.comment")} autosize minRows={2} maxLength={2000} {...form.getInputProps("comment")} />
        </Stack>
      ) : null}

      {step === 3 ? (
        <Stack gap="md">
          <Title order={2} size="h4">
            {t("registration.profile.title")}
          </Title>
          <Text size="sm" c="dimmed">
            {t("registration.profile.description")}
          </Text>
          <TagsInput
            label={t("registration.profile.skills")}
            description={t("registration.profile.skillsHint")}
            maxTags={30}
            {...form.getInputProps("skills")}
          />
          <TextInput label={t("registration.profile.currentEmployer")} maxLength={100} {...form.getInputProps("currentEmployer")} />
          <TextInput label={t("registration.profile.currentRole")} maxLength={100} {...form.getInputProps("currentRole")} />
        </Stack>
      ) : null}

      {step === 4 ? (
        <Stack gap="md">
          <Title order={2} size="h4">
            {t("registration.review.title")}
          </Title>
          <ReviewRow label={t("registration.review.email")} value={v.email} onEdit={() => setStep(0)} />
          <ReviewRow
            label={t("registration.review.method")}
            value={v.signInMethod === "password" ? t("registration.account.methodPassword") : t("registration.account.methodMagic")}
            onEdit={() => setStep(0)}
          />
          <ReviewRow
            label={t("registration.review.consents")}
            value={granted.length ? granted.map((p) => t(`consentPurposes.${p}.label`)).join("、") : t("registration.review.none")}
            onEdit={() => setStep(1)}
          />
          <ReviewRow
            label={t("registration.review.survey")}
            value={v.considerReturning ? t("registration.review.surveyAnswered") : t("registration.review.surveySkipped")}
            onEdit={() => setStep(2)}
          />
          <ReviewRow
            label={t("registration.review.profile")}
            value={[v.currentEmployer, v.currentRole, v.skills.join(" / ")].filter(Boolean).join("・") || t("registration.review.none")}
            onEdit={() => setStep(3)}
          />
          <ProblemAlert error={register.error}>
            {isApiError(register.error, "email_registered") || isApiError(register.error, "already_registered") ? (
              <AnchorLink to={paths.login} size="sm">
                {t("registration.signIn")}
              </AnchorLink>
            ) : null}
          </ProblemAlert>
        </Stack>
      ) : null}

      <Group justify="space-between">
        {step > 0 ? (
          <Button variant="default" onClick={back}>
            {t("registration.back")}
          </Button>
        ) : (
          <span />
        )}
        {step < STEPS.length - 1 ? (
          <Button onClick={next}>{t("registration.next")}</Button>
        ) : (
          <Button onClick={submit} loading={register.isPending}>
            {t("registration.review.submit")}
          </Button>
        )}
      </Group>
    </Stack>
  );
}

function ReviewRow({ label, value, onEdit }: { label: string; value: string; onEdit: () => void }) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
      <Stack gap={2} style={{ minWidth: 0 }}>
        <Text size="xs" c="dimmed">
          {label}
        </Text>
        <Text size="sm" style={{ overflowWrap: "anywhere" }}>
          {value}
        </Text>
      </Stack>
      <Anchor component="button" type="button" size="sm" onClick={onEdit} aria-label={`${t("registration.review.edit")}: ${label}`}>
        {t("registration.review.edit")}
      </Anchor>
    </Group>
  );
}
