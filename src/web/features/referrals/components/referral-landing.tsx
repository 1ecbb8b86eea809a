import { Badge, Button, Checkbox, Grid, Group, Paper, Stack, Text, Textarea, TextInput, ThemeIcon, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconCircleCheck, IconMapPin, IconSparkles } from "@tabler/icons-react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { ReferralLanding } from "../../../../shared/contracts/referrals";
import { ProblemAlert } from "../../../components/problem-alert";
import { i18n } from "../../../i18n";
import { isApiError } from "../../../lib/api-client";
import { applyFieldErrors } from "../../../lib/form-errors";
import { MarkdownHtml } from "../../markdown/components/markdown-html";
import { useApplyThroughLink } from "../api/referrals";

interface Values {
  fullName: string;
  email: string;
  phone: string;
  message: string;
  privacyConsent: boolean;
}

const FIELDS = ["fullName", "email", "phone", "message", "privacyConsent"] as const;
const required = (value: string) => (value.trim() ? null : i18n.t("validation.required"));

function ApplyForm({ token, companyName }: { token: string; companyName: string }) {
  const { t } = useTranslation();
  const apply = useApplyThroughLink(token);
  const done = useRef<HTMLDivElement>(null);
  const form = useForm<Values>({
    mode: "controlled",
    initialValues: { fullName: "", email: "", phone: "", message: "", privacyConsent: false },
    validate: {
      fullName: required,
      email: (v) => (!v.trim() ? i18n.t("validation.required") : /^\S+@\S+\.\S+$/.test(v.trim()) ? null : i18n.t("validation.email")),
      privacyConsent: (v) => (v ? null : i18n.t("referrals.landing.privacyRequired")),
    },
  });
  useEffect(() => {
    if (apply.isSuccess) done.current?.focus();
  }, [apply.isSuccess]);

  if (apply.isSuccess) {
    return (
      <Stack ref={done} tabIndex={-1} gap="sm" align="center" ta="center" py="md" style={{ outline: "none" }} role="status">
        <ThemeIcon size={48} radius="xl" variant="light" color="teal" aria-hidden>
          <IconCircleCheck size={28} />
        </ThemeIcon>
        <Title order={2} size="h3">
          {t("referrals.landing.receivedTitle")}
        </Title>
        <Text>{t("referrals.landing.receivedBody")}</Text>
      </Stack>
    );
  }
  const fieldProblem = isApiError(apply.error) && apply.error.problem.code === "validation_failed";

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) =>
        apply.mutate(
          {
            fullName: values.fullName,
            email: values.email.trim(),
            phone: values.phone.trim() || null,
            message: values.message.trim() || null,
            privacyConsent: values.privacyConsent,
          },
          { onError: (error) => applyFieldErrors(form, error, FIELDS) },
        ),
      )}
    >
      <Stack gap="sm">
        <TextInput label={t("referrals.landing.fullName")} required withAsterisk maxLength={100} autoComplete="name" {...form.getInputProps("fullName")} />
        <TextInput
          label={t("referrals.landing.email")}
          type="email"
          required
          withAsterisk
          maxLength={254}
          autoComplete="email"
          {...form.getInputProps("email")}
        />
        <TextInput label={t("referrals.landing.phone")} type="tel" maxLength={30} autoComplete="tel" {...form.getInputProps("phone")} />
        <Textarea
          label={t("referrals.landing.message")}
          placeholder={t("referrals.landing.messagePlaceholder")}
          autosize
          minRows={3}
          maxLength={2000}
          {...form.getInputProps("message")}
        />
        <Text size="sm" c="dimmed">
          {t("referrals.landing.privacy", { company: companyName })}
        </Text>
        <Checkbox label={t("referrals.landing.privacyConsent")} {...form.getInputProps("privacyConsent", { type: "checkbox" })} />
        {apply.error && !fieldProblem ? <ProblemAlert error={apply.error} /> : null}
        <Button type="submit" loading={apply.isPending} fullWidth mt="xs">
          {t("referrals.landing.submit")}
        </Button>
      </Stack>
    </form>
  );
}

/** The public page behind a referral link: the position, who referred, and a short application form. */
export function ReferralLandingView({ token, landing }: { token: string; landing: ReferralLanding }) {
  const { t } = useTranslation();
  const p = landing.position;
  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <Group gap="xs">
          <ThemeIcon size={28} radius="xl" variant="light" color="orange" aria-hidden>
            <IconSparkles size={16} />
          </ThemeIcon>
          <Text fw={600} c="orange.8">
            {t("referrals.landing.referredBy", { name: landing.referrerName })}
          </Text>
        </Group>
        <Title order={1} size="h2">
          {p.title}
        </Title>
        <Text c="dimmed">{t("referrals.landing.intro", { company: landing.companyName })}</Text>
      </Stack>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Paper withBorder radius="md" p="lg" bg="white" component="section" aria-labelledby="landing-description">
            <Stack gap="md">
              <Group gap="xs">
                {p.department ? <Badge variant="light">{p.department}</Badge> : null}
                <Badge variant="outline" color="gray">
                  {t(`referrals.employmentType.${p.employmentType}`, { defaultValue: p.employmentType })}
                </Badge>
              </Group>
              {p.location ? (
                <Group gap={4} c="dimmed">
                  <IconMapPin size={14} aria-hidden />
                  <Text size="sm">{p.location}</Text>
                </Group>
              ) : null}
              {p.skills.length ? (
                <Text size="sm">
                  <Text span c="dimmed" size="sm">
                    {t("referrals.position.skills")}：
                  </Text>
                  {p.skills.join(" / ")}
                </Text>
              ) : null}
              <Title order={2} size="h4" id="landing-description">
                {t("referrals.position.description")}
              </Title>
              <MarkdownHtml html={p.descriptionHtml} />
            </Stack>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Paper withBorder radius="md" p="lg" bg="white" shadow="sm" component="section" aria-labelledby="landing-apply">
            <Stack gap="sm">
              <Title order={2} size="h4" id="landing-apply">
                {t("referrals.landing.applyTitle")}
              </Title>
              <Text size="sm" c="dimmed">
                {t("referrals.landing.applyBody")}
              </Text>
              <ApplyForm token={token} companyName={landing.companyName} />
            </Stack>
          </Paper>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
