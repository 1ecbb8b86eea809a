import { ActionIcon, Button, Group, Paper, Select, Stack, TagsInput, Text, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { RETURN_INTERESTS } from "../../../shared/contracts/alumni";
import type { MyProfile, MyProfilePatch } from "../../../shared/contracts/alumni-portal";
import { PageHeader } from "../../components/page-header";
import { PageLoader } from "../../components/page-loader";
import { ProblemAlert } from "../../components/problem-alert";
import { useMyProfile, useUpdateMyProfile } from "../../features/alumni-portal/api/my-profile";
import { emailRule } from "../../features/auth/components/validation";
import { useSignedInMe } from "../../features/me/api/get-me";
import { applyFieldErrors } from "../../lib/form-errors";
import { notifySuccess } from "../../lib/notify";

export function AlumniProfilePage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const profile = useMyProfile();
  return (
    <>
      <PageHeader title={t("registration.portal.profile.title")} description={t("registration.portal.profile.description", { tenant: me.tenant.name })} />
      {profile.isPending ? (
        <PageLoader />
      ) : profile.isError ? (
        <ProblemAlert error={profile.error} onRetry={() => void profile.refetch()} />
      ) : (
        <ProfileForm profile={profile.data} />
      )}
    </>
  );
}

type Values = {
  privateEmail: string;
  phone: string;
  careerSinceLeaving: { employer: string; role: string; from: string; to: string }[];
  skills: string[];
  currentEmployer: string;
  currentRole: string;
  returnInterest: MyProfile["returnInterest"];
};

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function ProfileForm({ profile }: { profile: MyProfile }) {
  const { t } = useTranslation();
  const update = useUpdateMyProfile();
  const monthRule = (value: string) => (!value || MONTH.test(value) ? null : t("registration.portal.profile.monthPlaceholder"));
  const form = useForm<Values>({
    mode: "controlled",
    initialValues: {
      privateEmail: profile.privateEmail,
      phone: profile.phone ?? "",
      careerSinceLeaving: profile.careerSinceLeaving.map((c) => ({ employer: c.employer, role: c.role ?? "", from: c.from ?? "", to: c.to ?? "" })),
      skills: profile.skills,
      currentEmployer: profile.currentEmployer ?? "",
      currentRole: profile.currentRole ?? "",
      returnInterest: profile.returnInterest,
    },
    validate: {
      privateEmail: emailRule,
      careerSinceLeaving: { employer: (value) => (value.trim() ? null : t("validation.required")), from: monthRule, to: monthRule },
    },
  });

  const submit = form.onSubmit((values) => {
    const input: MyProfilePatch = {
      privateEmail: values.privateEmail.trim(),
      phone: values.phone.trim() || null,
      careerSinceLeaving: values.careerSinceLeaving.map((c) => ({
        employer: c.employer.trim(),
        role: c.role.trim() || null,
        from: c.from || null,
        to: c.to || null,
      })),
      skills: values.skills,
      currentEmployer: values.currentEmployer.trim() || null,
      currentRole: values.currentRole.trim() || null,
      returnInterest: values.returnInterest,
    };
    update.mutate(input, {
      onSuccess: () => notifySuccess(t("registration.portal.profile.saved")),
      onError: (error) => applyFieldErrors(form, error, ["privateEmail", "phone"]),
    });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg" maw={760}>
        <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="profile-contact">
          <Title order={2} size="h4" id="profile-contact" mb="md">
            {t("registration.portal.profile.contact")}
          </Title>
          <Stack gap="md">
            <TextInput
              label={t("registration.portal.profile.privateEmail")}
              description={t("registration.portal.profile.emailChangeHint")}
              type="email"
              autoComplete="email"
              required
              {...form.getInputProps("privateEmail")}
            />
            <TextInput label={t("registration.portal.profile.phone")} type="tel" autoComplete="tel" maw={320} {...form.getInputProps("phone")} />
          </Stack>
        </Paper>

        <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="profile-career">
          <Title order={2} size="h4" id="profile-career" mb="md">
            {t("registration.portal.profile.career")}
          </Title>
          <Stack gap="md">
            {form.values.careerSinceLeaving.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t("registration.portal.profile.careerEmpty")}
              </Text>
            ) : null}
            {form.values.careerSinceLeaving.map((_, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place and removed by position
              <Group key={index} align="flex-end" gap="sm" wrap="wrap">
                <TextInput
                  label={t("registration.portal.profile.employer")}
                  required
                  style={{ flex: "2 1 180px" }}
                  {...form.getInputProps(`careerSinceLeaving.${index}.employer`)}
                />
                <TextInput
                  label={t("registration.portal.profile.role")}
                  style={{ flex: "2 1 160px" }}
                  {...form.getInputProps(`careerSinceLeaving.${index}.role`)}
                />
                <TextInput
                  label={t("registration.portal.profile.from")}
                  placeholder={t("registration.portal.profile.monthPlaceholder")}
                  style={{ flex: "1 1 120px" }}
                  {...form.getInputProps(`careerSinceLeaving.${index}.from`)}
                />
                <TextInput
                  label={t("registration.portal.profile.to")}
                  placeholder={t("registration.portal.profile.monthPlaceholder")}
                  style={{ flex: "1 1 120px" }}
                  {...form.getInputProps(`careerSinceLeaving.${index}.to`)}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  mb={2}
                  aria-label={t("registration.portal.profile.removeCareer")}
                  onClick={() => form.removeListItem("careerSinceLeaving", index)}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Group>
            ))}
            <Button
              variant="light"
              w="fit-content"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => form.insertListItem("careerSinceLeaving", { employer: "", role: "", from: "", to: "" })}
            >
              {t("registration.portal.profile.addCareer")}
            </Button>
          </Stack>
        </Paper>

        <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="profile-work">
          <Title order={2} size="h4" id="profile-work" mb="md">
            {t("registration.portal.profile.skills")}
          </Title>
          <Stack gap="md">
            <TagsInput
              label={t("registration.portal.profile.skills")}
              description={t("registration.profile.skillsHint")}
              maxTags={50}
              {...form.getInputProps("skills")}
            />
            <Group grow align="flex-start">
              <TextInput label={t("registration.portal.profile.currentEmployer")} {...form.getInputProps("currentEmployer")} />
              <TextInput label={t("registration.portal.profile.currentRole")} {...form.getInputProps("currentRole")} />
            </Group>
            <Select
              label={t("registration.portal.profile.returnInterest")}
              maw={320}
              allowDeselect={false}
              data={RETURN_INTERESTS.map((value) => ({ value, label: t(`registration.portal.profile.returnOptions.${value}`) }))}
              {...form.getInputProps("returnInterest")}
            />
          </Stack>
        </Paper>
        <ProblemAlert error={update.error} />
        <Button type="submit" w="fit-content" loading={update.isPending}>
          {t("registration.portal.profile.save")}
        </Button>
      </Stack>
    </form>
  );
}
