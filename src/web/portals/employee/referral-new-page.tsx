import { Alert, Button, Group, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { IconArrowLeft, IconHeartHandshake, IconInfoCircle } from "@tabler/icons-react";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { MyReferral } from "../../../shared/contracts/referrals";
import { PageHeader } from "../../components/page-header";
import { AnchorLink, ButtonLink } from "../../components/router-links";
import { ReferralForm, type ReferralKindChoice } from "../../features/referrals/components/referral-form";
import { paths } from "../../lib/paths";

export interface ReferralNewSearch {
  positionId?: string;
  alumnusId?: string;
  kind?: ReferralKindChoice;
}

function Done({ referral, onAnother }: { referral: MyReferral; onAnother: () => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const duplicate = referral.status === "duplicate";
  return (
    <Stack gap="md" maw={640} role="status">
      <Group gap="sm">
        <ThemeIcon size={44} radius="xl" variant="light" color={duplicate ? "blue" : "teal"} aria-hidden>
          {duplicate ? <IconInfoCircle size={24} /> : <IconHeartHandshake size={24} />}
        </ThemeIcon>
        <Title order={2} size="h3" ref={heading} tabIndex={-1} style={{ outline: "none" }}>
          {duplicate ? t("referrals.form.duplicateTitle") : t("referrals.form.createdTitle")}
        </Title>
      </Group>
      {duplicate ? (
        <Alert color="blue" variant="light">
          {t("referrals.form.duplicateBody")}
        </Alert>
      ) : (
        <Text>{t("referrals.form.createdBody")}</Text>
      )}
      <Group gap="sm">
        <ButtonLink to={paths.employee.referrals}>{t("referrals.form.toMine")}</ButtonLink>
        <Button variant="light" onClick={onAnother}>
          {t("referrals.form.another")}
        </Button>
      </Group>
    </Stack>
  );
}

/** `/me/referrals/new?positionId=…&alumnusId=…&kind=…`: the referral form, prefilled from where the person came. */
export function EmployeeReferralNewPage({ search }: { search: ReferralNewSearch }) {
  const { t } = useTranslation();
  const [created, setCreated] = useState<MyReferral | null>(null);
  const [round, setRound] = useState(0);
  const kind: ReferralKindChoice = search.kind ?? "alumnus";
  return (
    <>
      {search.positionId ? (
        <AnchorLink to={paths.employee.position} params={{ id: search.positionId }} size="sm" mb="xs" display="inline-block">
          <Group gap={4} component="span" wrap="nowrap">
            <IconArrowLeft size={14} aria-hidden />
            {t("referrals.position.back")}
          </Group>
        </AnchorLink>
      ) : null}
      <PageHeader title={t("referrals.form.title")} description={t("referrals.form.description")} />
      {created ? (
        <Done
          referral={created}
          onAnother={() => {
            setCreated(null);
            setRound((r) => r + 1);
          }}
        />
      ) : (
        <ReferralForm
          key={round}
          initialKind={kind}
          initialPositionId={search.positionId}
          initialAlumnusId={round === 0 ? search.alumnusId : undefined}
          onCreated={setCreated}
        />
      )}
    </>
  );
}
