import { Alert, Badge, Button, Group, Stack, Text } from "@mantine/core";
import { IconAlertTriangle, IconPencil, IconTrash, IconUserSearch } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { AlumnusView } from "../../../shared/contracts/alumni";
import { ConfirmButton } from "../../components/confirm-button";
import { PageHeader } from "../../components/page-header";
import { RecordPage } from "../../components/record-page";
import { AnchorLink, ButtonLink } from "../../components/router-links";
import { useDeleteAlumnus } from "../../features/alumni/api/delete-alumnus";
import { useAlumnus } from "../../features/alumni/api/get-alumnus";
import { alumniKeys } from "../../features/alumni/api/keys";
import { DoNotRehireBadge, EligibilityBadge, ReturnInterestBadge } from "../../features/alumni/components/alumni-badges";
import { AlumnusChangeHistory } from "../../features/alumni/components/alumnus-change-history";
import { fullName, isFullRecord, readingOf } from "../../features/alumni/components/alumnus-display";
import { AlumnusEligibility } from "../../features/alumni/components/alumnus-eligibility";
import { AlumnusProfile } from "../../features/alumni/components/alumnus-profile";
import { EditAlumnusForm } from "../../features/alumni/components/edit-alumnus-form";
import { FormerColleaguesCard } from "../../features/colleagues/components/former-colleagues-card";
import { useSignedInMe } from "../../features/me/api/get-me";
import { AlumnusCandidacies } from "../../features/pipeline/components/alumnus-candidacies";
import { LookingFor, OpenToReturnBadge } from "../../features/positions/components/open-to-return-badge";
import { notifySuccess } from "../../lib/notify";
import { paths } from "../../lib/paths";
import { BackLink } from "./back-link";
import { canEditAlumni, canUseSection } from "./sections";

export function AlumnusPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const alumnus = useAlumnus(id);
  return (
    <RecordPage
      query={alumnus}
      back={<BackLink to={paths.admin.alumni} label={t("alumni.backToList")} />}
      notFound={{
        title: t("alumni.notFoundTitle"),
        body: t("alumni.notFoundBody"),
        icon: <IconUserSearch size={26} />,
        action: (
          <ButtonLink to={paths.admin.alumni} variant="light">
            {t("alumni.backToList")}
          </ButtonLink>
        ),
      }}
    >
      {(alumnus) => <AlumnusRecord alumnus={alumnus} />}
    </RecordPage>
  );
}

function AlumnusRecord({ alumnus }: { alumnus: AlumnusView }) {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const remove = useDeleteAlumnus();
  const [editing, setEditing] = useState(false);
  const isEditor = canEditAlumni(me);
  const canEdit = isEditor && isFullRecord(alumnus);
  const name = fullName(alumnus);
  const reading = readingOf(alumnus);

  const summary = (
    <Group gap="md" component="span" wrap="wrap">
      {reading ? <span>{reading}</span> : null}
      {alumnus.formerFamilyName ? <span>{t("alumni.formerName", { name: alumnus.formerFamilyName })}</span> : null}
      {alumnus.employeeNumber ? <span>{t("alumni.employeeNumberShort", { number: alumnus.employeeNumber })}</span> : null}
    </Group>
  );

  const actions =
    canEdit && !editing ? (
      <>
        <Button leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditing(true)}>
          {t("alumni.edit.start")}
        </Button>
        <ConfirmButton
          variant="default"
          color="red"
          leftSection={<IconTrash size={16} aria-hidden />}
          aria-label={t("alumni.delete.label", { name })}
          confirmTitle={t("alumni.delete.title")}
          confirmMessage={t("alumni.delete.message", { name })}
          confirmLabel={t("alumni.delete.confirm")}
          onConfirm={async () => {
            await remove.mutateAsync(alumnus.id);
            notifySuccess(t("alumni.delete.deleted", { name }));
            await navigate({ to: paths.admin.alumni });
            queryClient.removeQueries({ queryKey: alumniKeys.detail(alumnus.id) });
          }}
        >
          {t("alumni.delete.button")}
        </ConfirmButton>
      </>
    ) : null;

  return (
    <>
      <PageHeader title={editing ? t("alumni.edit.title", { name }) : name} documentTitle={name} description={summary} actions={actions} />
      <Stack gap="lg">
        {!editing ? (
          <Group gap="xs">
            <EligibilityBadge status={alumnus.eligibility} size="lg" />
            <ReturnInterestBadge interest={alumnus.returnInterest} size="lg" />
            <Badge variant="outline" color="gray" size="lg">
              {t(`alumni.exitType.${alumnus.exitType}`)}
            </Badge>
            {alumnus.doNotRehire ? <DoNotRehireBadge size="lg" /> : null}
            {alumnus.openToReturn ? <OpenToReturnBadge size="lg" /> : null}
            {alumnus.returnedAt ? (
              <Badge variant="filled" color="teal" size="lg">
                {t("pipeline.candidate.returned")}
              </Badge>
            ) : null}
          </Group>
        ) : null}
        {!editing && alumnus.openToReturn ? <LookingFor text={alumnus.lookingFor} since={alumnus.openToReturnAt} /> : null}
        {alumnus.doNotRehire && !editing ? (
          <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t("alumni.doNotRehireAlertTitle")}>
            <Text size="sm">{isFullRecord(alumnus) ? t("alumni.doNotRehireAlertBody") : t("alumni.doNotRehireAlertBodyManager")}</Text>
          </Alert>
        ) : null}
        {editing && isFullRecord(alumnus) ? (
          <EditAlumnusForm alumnus={alumnus} onSaved={() => setEditing(false)} onCancel={() => setEditing(false)} />
        ) : (
          <AlumnusProfile
            alumnus={alumnus}
            eligibility={
              <AlumnusEligibility
                alumnusId={alumnus.id}
                canOverride={isEditor}
                rulesLink={
                  isEditor ? (
                    <AnchorLink to={paths.admin.eligibilityRules} size="sm">
                      {t("eligibility.record.rulesLink")}
                    </AnchorLink>
                  ) : null
                }
              />
            }
            history={
              canEdit ? (
                <AlumnusChangeHistory
                  alumnusId={alumnus.id}
                  auditLink={
                    canUseSection(me, "audit") ? (
                      <AnchorLink to={paths.admin.audit} search={{ targetType: "alumnus", targetId: alumnus.id }} size="sm">
                        {t("alumni.changeHistory.openAudit")}
                      </AnchorLink>
                    ) : null
                  }
                />
              ) : null
            }
          />
        )}
        {!editing && canUseSection(me, "pipeline") ? <AlumnusCandidacies alumnus={{ id: alumnus.id, name }} canAdd={isEditor} /> : null}
        {!editing ? (
          <FormerColleaguesCard
            alumnusId={alumnus.id}
            alumnusName={name}
            alumnusFamilyName={alumnus.familyName}
            canRequest={isEditor}
            canEditHistories={canUseSection(me, "members")}
          />
        ) : null}
      </Stack>
    </>
  );
}
