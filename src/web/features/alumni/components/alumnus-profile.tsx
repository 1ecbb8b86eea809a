import { Anchor, Badge, DataList, Grid, Group, Paper, Stack, Table, Text, Title, VisuallyHidden } from "@mantine/core";
import { IconExternalLink } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { AlumnusView } from "../../../../shared/contracts/alumni";
import { TableScroll } from "../../../components/table-scroll";
import { currentLocale } from "../../../i18n";
import { ReturnInterestBadge } from "./alumni-badges";
import type { AlumniFieldKey } from "./alumni-field-labels";
import { formatCalendarDate, isFullRecord, isWebUrl, tenureInMonths } from "./alumnus-display";
import { formatTenure } from "./tenure";

export function ProfileSection({ id, title, description, children }: { id: string; title: string; description?: string; children: ReactNode }) {
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby={id}>
      <Stack gap="md">
        <Stack gap={2}>
          <Title order={2} size="h4" id={id}>
            {title}
          </Title>
          {description ? (
            <Text size="xs" c="dimmed">
              {description}
            </Text>
          ) : null}
        </Stack>
        {children}
      </Stack>
    </Paper>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useTranslation();
  const empty = children === null || children === undefined || children === "";
  return (
    <DataList.Item>
      <DataList.ItemLabel c="dimmed">{label}</DataList.ItemLabel>
      <DataList.ItemValue>
        {empty ? (
          <Text span size="sm" c="dimmed">
            {t("alumni.notRecorded")}
          </Text>
        ) : (
          children
        )}
      </DataList.ItemValue>
    </DataList.Item>
  );
}

function Fields({ children }: { children: ReactNode }) {
  return (
    <DataList labelWidth={160} gap="xs" withDivider>
      {children}
    </DataList>
  );
}

function DateValue({ date }: { date: string | null | undefined }) {
  if (!date) return null;
  return <time dateTime={date}>{formatCalendarDate(date, currentLocale())}</time>;
}

function Chips({ items, color }: { items: string[]; color: string }) {
  if (items.length === 0) return null;
  return (
    <Group gap={6} component="ul" m={0} p={0} style={{ listStyle: "none" }}>
      {items.map((item) => (
        <li key={item}>
          <Badge variant="light" color={color} size="md">
            {item}
          </Badge>
        </li>
      ))}
    </Group>
  );
}

type ProfileProps = { alumnus: AlumnusView; eligibility?: ReactNode; history?: ReactNode };

/** The record in reading mode, in the sections HR thinks in. Sensitive fields appear only when the server sent them. */
export function AlumnusProfile({ alumnus, eligibility, history }: ProfileProps) {
  const { t } = useTranslation();
  const f = (key: AlumniFieldKey) => t(`alumni.fields.${key}`);
  const full = isFullRecord(alumnus);
  const tenure = tenureInMonths(alumnus.hireDate, alumnus.leaveDate);

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Stack gap="lg">
          <ProfileSection id="section-basic" title={t("alumni.sections.basic")}>
            <Fields>
              <Field label={t("alumni.fields.name")}>{`${alumnus.familyName} ${alumnus.givenName}`}</Field>
              <Field label={t("alumni.fields.reading")}>{[alumnus.familyNameKana, alumnus.givenNameKana].filter(Boolean).join(" ")}</Field>
              <Field label={f("formerFamilyName")}>{alumnus.formerFamilyName}</Field>
              <Field label={f("employeeNumber")}>{alumnus.employeeNumber}</Field>
              {full ? <Field label={f("birthDate")}>{alumnus.birthDate ? <DateValue date={alumnus.birthDate} /> : null}</Field> : null}
            </Fields>
          </ProfileSection>

          <ProfileSection id="section-employment" title={t("alumni.sections.employment")}>
            <Fields>
              <Field label={f("department")}>{alumnus.department}</Field>
              <Field label={f("jobTitle")}>{alumnus.jobTitle}</Field>
              <Field label={f("grade")}>{alumnus.grade}</Field>
              <Field label={f("employmentType")}>{alumnus.employmentType}</Field>
              <Field label={f("hireDate")}>{alumnus.hireDate ? <DateValue date={alumnus.hireDate} /> : null}</Field>
              <Field label={f("leaveDate")}>
                <DateValue date={alumnus.leaveDate} />
              </Field>
              <Field label={t("alumni.fields.tenure")}>{tenure === null ? null : formatTenure(t, tenure)}</Field>
            </Fields>
          </ProfileSection>

          <ProfileSection id="section-exit" title={t("alumni.sections.exit")}>
            <Fields>
              <Field label={f("exitType")}>{t(`alumni.exitType.${alumnus.exitType}`)}</Field>
              <Field label={f("exitReasonCategory")}>{alumnus.exitReasonCategory}</Field>
              {full ? (
                <Field label={f("exitReasonNote")}>
                  {alumnus.exitReasonNote ? (
                    <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                      {alumnus.exitReasonNote}
                    </Text>
                  ) : null}
                </Field>
              ) : null}
            </Fields>
          </ProfileSection>

          <ProfileSection id="section-history" title={t("alumni.sections.departmentHistory")}>
            {alumnus.departmentHistory.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t("alumni.history.empty")}
              </Text>
            ) : (
              <TableScroll label={t("alumni.history.tableLabel")} minWidth={420}>
                <Table aria-label={t("alumni.history.tableLabel")} verticalSpacing="xs" highlightOnHover={false}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t("alumni.history.department")}</Table.Th>
                      <Table.Th scope="col">{t("alumni.history.from")}</Table.Th>
                      <Table.Th scope="col">{t("alumni.history.to")}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {alumnus.departmentHistory.map((period) => (
                      <Table.Tr key={`${period.department}-${period.from}`}>
                        <Table.Th scope="row" fw={500}>
                          {period.department}
                        </Table.Th>
                        <Table.Td>
                          <DateValue date={period.from} />
                        </Table.Td>
                        <Table.Td>{period.to ? <DateValue date={period.to} /> : t("alumni.history.untilLeaving")}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </TableScroll>
            )}
          </ProfileSection>
        </Stack>
      </Grid.Col>

      <Grid.Col span={{ base: 12, md: 5 }}>
        <Stack gap="lg">
          {eligibility}
          <ProfileSection id="section-current" title={t("alumni.sections.current")}>
            <Fields>
              <Field label={f("currentEmployer")}>{alumnus.currentEmployer}</Field>
              <Field label={f("currentRole")}>{alumnus.currentRole}</Field>
              <Field label={f("returnInterest")}>
                <ReturnInterestBadge interest={alumnus.returnInterest} />
              </Field>
              <Field label={f("doNotRehire")}>
                {alumnus.doNotRehire ? (
                  <Text span size="sm" fw={700} c="red.9">
                    {t("alumni.doNotRehireYes")}
                  </Text>
                ) : (
                  <Text span size="sm">
                    {t("alumni.doNotRehireNo")}
                  </Text>
                )}
              </Field>
            </Fields>
            <Stack gap={6}>
              <Text size="sm" c="dimmed">
                {f("skills")}
              </Text>
              {alumnus.skills.length ? (
                <Chips items={alumnus.skills} color="indigo" />
              ) : (
                <Text size="sm" c="dimmed">
                  {t("alumni.notRecorded")}
                </Text>
              )}
            </Stack>
          </ProfileSection>

          <ProfileSection id="section-contact" title={t("alumni.sections.contact")}>
            <Fields>
              <Field label={f("privateEmail")}>
                {alumnus.privateEmail ? (
                  <Anchor href={`mailto:${alumnus.privateEmail}`} size="sm">
                    {alumnus.privateEmail}
                  </Anchor>
                ) : null}
              </Field>
              <Field label={f("workEmail")}>
                {alumnus.workEmail ? (
                  <Anchor href={`mailto:${alumnus.workEmail}`} size="sm">
                    {alumnus.workEmail}
                  </Anchor>
                ) : null}
              </Field>
              <Field label={f("phone")}>
                {alumnus.phone ? (
                  <Anchor href={`tel:${alumnus.phone.replace(/[^\d+]/g, "")}`} size="sm">
                    {alumnus.phone}
                  </Anchor>
                ) : null}
              </Field>
              <Field label={f("snsLinks")}>
                {alumnus.snsLinks.length ? (
                  <Stack gap={4}>
                    {alumnus.snsLinks.map((link) =>
                      isWebUrl(link.url) ? (
                        <Anchor key={link.url} href={link.url} target="_blank" rel="noopener noreferrer" size="sm">
                          <Group gap={4} wrap="nowrap" component="span">
                            {link.label}
                            <IconExternalLink size={14} aria-hidden />
                            <VisuallyHidden>{t("alumni.opensInNewTab")}</VisuallyHidden>
                          </Group>
                        </Anchor>
                      ) : (
                        <Text key={link.url} size="sm">
                          {`${link.label}: ${link.url}`}
                        </Text>
                      ),
                    )}
                  </Stack>
                ) : null}
              </Field>
            </Fields>
          </ProfileSection>

          <ProfileSection id="section-tags" title={t("alumni.sections.tags")}>
            {alumnus.tags.length ? (
              <Chips items={alumnus.tags} color="grape" />
            ) : (
              <Text size="sm" c="dimmed">
                {t("alumni.noTags")}
              </Text>
            )}
          </ProfileSection>

          {full ? (
            <ProfileSection id="section-hr-notes" title={t("alumni.sections.hrNotes")} description={t("alumni.hrNotesVisibility")}>
              {alumnus.hrNotes ? (
                <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                  {alumnus.hrNotes}
                </Text>
              ) : (
                <Text size="sm" c="dimmed">
                  {t("alumni.noHrNotes")}
                </Text>
              )}
            </ProfileSection>
          ) : null}
        </Stack>
      </Grid.Col>
      {history ? <Grid.Col span={12}>{history}</Grid.Col> : null}
    </Grid>
  );
}
