import { Alert, Button, Checkbox, Group, Paper, SegmentedControl, Select, Stack, Text, Textarea, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useDebouncedValue } from "@mantine/hooks";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { MyReferral, ReferableAlumnus } from "../../../../shared/contracts/referrals";
import { ProblemAlert } from "../../../components/problem-alert";
import { i18n } from "../../../i18n";
import { isApiError } from "../../../lib/api-client";
import { applyFieldErrors } from "../../../lib/form-errors";
import { useCreateReferral, useOpenPosition, useOpenPositions, useReferableAlumni } from "../api/referrals";

export type ReferralKindChoice = "friend" | "alumnus";

interface Values {
  positionId: string;
  alumnusId: string;
  fullName: string;
  email: string;
  phone: string;
  relationship: string;
  reason: string;
  personAware: boolean;
}

const FIELDS = ["positionId", "alumnusId", "fullName", "email", "phone", "relationship", "reason", "personAware"] as const;
const required = (value: string) => (value.trim() ? null : i18n.t("validation.required"));

function alumnusLabel(a: ReferableAlumnus): string {
  const now = [a.currentEmployer, a.currentRole].filter(Boolean).join(" ");
  return [a.name, a.department, now].filter(Boolean).join(" ・ ");
}

type Props = {
  initialKind: ReferralKindChoice;
  initialPositionId?: string;
  initialAlumnusId?: string;
  onCreated: (referral: MyReferral) => void;
};

/** Refer an outside friend (who knows about it) or a consenting former colleague to one open position. */
export function ReferralForm({ initialKind, initialPositionId, initialAlumnusId, onCreated }: Props) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<ReferralKindChoice>(initialKind);
  const [search, setSearch] = useState("");
  const [q] = useDebouncedValue(search, 250);
  const alumni = useReferableAlumni(q);
  const prefilled = useReferableAlumni("", initialAlumnusId ?? null);
  const [picked, setPicked] = useState<ReferableAlumnus | null>(null);
  const positions = useOpenPositions("");
  const namedPosition = useOpenPosition(initialPositionId ?? null);
  const create = useCreateReferral();
  const form = useForm<Values>({
    mode: "controlled",
    initialValues: {
      positionId: initialPositionId ?? "",
      alumnusId: initialAlumnusId ?? "",
      fullName: "",
      email: "",
      phone: "",
      relationship: "",
      reason: "",
      personAware: false,
    },
    validate: {
      positionId: required,
      alumnusId: (value) => (kind === "alumnus" ? required(value) : null),
      fullName: (value) => (kind === "friend" ? required(value) : null),
      email: (value, values) => (kind === "friend" && !value.trim() && !values.phone.trim() ? i18n.t("referrals.form.contactHint") : null),
      relationship: required,
      reason: required,
      personAware: (value) => (kind === "friend" && !value ? i18n.t("referrals.form.personAwareWarning") : null),
    },
  });

  const positionOptions = [...(positions.data?.pages.flatMap((p) => p.items) ?? [])];
  if (namedPosition.data && !positionOptions.some((p) => p.id === namedPosition.data.id)) positionOptions.unshift(namedPosition.data);
  const alumniOptions = [...(alumni.data?.items ?? [])];
  for (const extra of [picked, ...(prefilled.data?.items ?? [])]) {
    if (extra && !alumniOptions.some((a) => a.id === extra.id)) alumniOptions.unshift(extra);
  }

  const submit = form.onSubmit((values) => {
    const common = { positionId: values.positionId, relationship: values.relationship, reason: values.reason };
    const input =
      kind === "alumnus"
        ? { kind, alumnusId: values.alumnusId, ...common }
        : {
            kind,
            fullName: values.fullName,
            email: values.email.trim() || null,
            phone: values.phone.trim() || null,
            personAware: values.personAware,
            ...common,
          };
    create.mutate(input, { onSuccess: onCreated, onError: (error) => applyFieldErrors(form, error, FIELDS) });
  });
  const fieldProblem = isApiError(create.error) && create.error.problem.code === "validation_failed";

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="referral-position">
          <Stack gap="sm">
            <Title order={2} size="h4" id="referral-position">
              {t("referrals.form.positionSection")}
            </Title>
            <Select
              label={t("referrals.form.position")}
              placeholder={t("referrals.form.positionPlaceholder")}
              searchable
              required
              withAsterisk
              nothingFoundMessage={t("referrals.form.noPositions")}
              data={positionOptions.map((p) => ({ value: p.id, label: [p.title, p.department].filter(Boolean).join(" ・ ") }))}
              {...form.getInputProps("positionId")}
              value={form.values.positionId || null}
              onChange={(id) => form.setFieldValue("positionId", id ?? "")}
            />
          </Stack>
        </Paper>
        <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="referral-person">
          <Stack gap="sm">
            <Title order={2} size="h4" id="referral-person">
              {t("referrals.form.personSection")}
            </Title>
            <Stack gap={4}>
              <Text size="sm" fw={500} id="referral-kind">
                {t("referrals.form.kindLabel")}
              </Text>
              <SegmentedControl
                aria-labelledby="referral-kind"
                data={[
                  { value: "alumnus", label: t("referrals.form.kindAlumnus") },
                  { value: "friend", label: t("referrals.form.kindFriend") },
                ]}
                value={kind}
                onChange={(value) => {
                  setKind(value as ReferralKindChoice);
                  form.clearErrors();
                }}
                w="fit-content"
              />
            </Stack>
            {kind === "alumnus" ? (
              <>
                <Select
                  label={t("referrals.form.alumnus")}
                  placeholder={t("referrals.form.alumnusPlaceholder")}
                  description={t("referrals.form.alumnusHint")}
                  searchable
                  required
                  withAsterisk
                  filter={({ options }) => options}
                  searchValue={search}
                  onSearchChange={setSearch}
                  nothingFoundMessage={t("referrals.form.noAlumni")}
                  data={alumniOptions.map((a) => ({ value: a.id, label: alumnusLabel(a) }))}
                  value={form.values.alumnusId || null}
                  onChange={(id) => {
                    form.setFieldValue("alumnusId", id ?? "");
                    setPicked(alumniOptions.find((a) => a.id === id) ?? null);
                  }}
                  error={form.errors.alumnusId}
                />
                {picked?.skills.length ? (
                  <Text size="sm" c="dimmed">
                    {picked.skills.join(" / ")}
                  </Text>
                ) : null}
              </>
            ) : (
              <>
                <TextInput label={t("referrals.form.fullName")} required withAsterisk maxLength={100} autoComplete="off" {...form.getInputProps("fullName")} />
                <Text size="xs" c="dimmed">
                  {t("referrals.form.contactHint")}
                </Text>
                <Group grow align="flex-start" wrap="wrap">
                  <TextInput type="email" label={t("referrals.form.email")} maxLength={254} autoComplete="off" {...form.getInputProps("email")} />
                  <TextInput type="tel" label={t("referrals.form.phone")} maxLength={30} autoComplete="off" {...form.getInputProps("phone")} />
                </Group>
              </>
            )}
          </Stack>
        </Paper>
        <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="referral-about">
          <Stack gap="sm">
            <Title order={2} size="h4" id="referral-about">
              {t("referrals.form.aboutSection")}
            </Title>
            <TextInput
              label={t("referrals.form.relationship")}
              placeholder={t("referrals.form.relationshipPlaceholder")}
              required
              withAsterisk
              maxLength={100}
              {...form.getInputProps("relationship")}
            />
            <Textarea
              label={t("referrals.form.reason")}
              placeholder={t("referrals.form.reasonPlaceholder")}
              required
              withAsterisk
              autosize
              minRows={4}
              maxLength={2000}
              {...form.getInputProps("reason")}
            />
            {kind === "friend" ? (
              <>
                <Checkbox label={t("referrals.form.personAware")} {...form.getInputProps("personAware", { type: "checkbox" })} />
                {!form.values.personAware ? (
                  <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />}>
                    {t("referrals.form.personAwareWarning")}
                  </Alert>
                ) : null}
              </>
            ) : null}
          </Stack>
        </Paper>
        {create.error && !fieldProblem ? <ProblemAlert error={create.error} /> : null}
        <Group justify="flex-end">
          <Button type="submit" loading={create.isPending}>
            {t("referrals.form.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
