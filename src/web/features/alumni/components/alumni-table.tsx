import { Group, Stack, Table, Text } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { AlumnusView } from "../../../../shared/contracts/alumni";
import { AnchorLink } from "../../../components/router-links";
import { TableScroll } from "../../../components/table-scroll";
import { currentLocale } from "../../../i18n";
import { paths } from "../../../lib/paths";
import { DoNotRehireBadge, ReturnInterestBadge } from "./alumni-badges";
import { formatCalendarDate, fullName, readingOf } from "./alumnus-display";

/** The directory: each row opens the person's record (the name is the keyboard-reachable link). */
export function AlumniTable({ alumni }: { alumni: AlumnusView[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const locale = currentLocale();
  return (
    <TableScroll label={t("alumni.table.label")} minWidth={960}>
      <Table aria-label={t("alumni.table.label")} stickyHeader>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("alumni.table.name")}</Table.Th>
            <Table.Th scope="col">{t("alumni.fields.employeeNumber")}</Table.Th>
            <Table.Th scope="col">{t("alumni.table.departmentAtLeaving")}</Table.Th>
            <Table.Th scope="col">{t("alumni.fields.leaveDate")}</Table.Th>
            <Table.Th scope="col">{t("alumni.fields.exitType")}</Table.Th>
            <Table.Th scope="col">{t("alumni.fields.returnInterest")}</Table.Th>
            <Table.Th scope="col">{t("alumni.fields.currentEmployer")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {alumni.map((alumnus) => (
            <Table.Tr
              key={alumnus.id}
              style={{ cursor: "pointer" }}
              onClick={(event) => {
                // The name link handles its own clicks (and middle/ctrl-clicks for a new tab).
                if ((event.target as HTMLElement).closest("a")) return;
                void navigate({ to: paths.admin.alumnus, params: { id: alumnus.id } });
              }}
            >
              <Table.Th scope="row" fw={400}>
                <Stack gap={0}>
                  <AnchorLink to={paths.admin.alumnus} params={{ id: alumnus.id }} fw={600} size="sm">
                    {fullName(alumnus)}
                  </AnchorLink>
                  {readingOf(alumnus) ? (
                    <Text size="xs" c="dimmed">
                      {readingOf(alumnus)}
                    </Text>
                  ) : null}
                </Stack>
              </Table.Th>
              <Table.Td>
                <Text size="sm" ff="monospace">
                  {alumnus.employeeNumber ?? ""}
                </Text>
              </Table.Td>
              <Table.Td>
                <Stack gap={0}>
                  <Text size="sm">{alumnus.department ?? ""}</Text>
                  {alumnus.jobTitle ? (
                    <Text size="xs" c="dimmed">
                      {alumnus.jobTitle}
                    </Text>
                  ) : null}
                </Stack>
              </Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>
                <Text size="sm">
                  <time dateTime={alumnus.leaveDate}>{formatCalendarDate(alumnus.leaveDate, locale)}</time>
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>
                <Text size="sm">{t(`alumni.exitType.${alumnus.exitType}`)}</Text>
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <ReturnInterestBadge interest={alumnus.returnInterest} size="sm" />
                  {alumnus.doNotRehire ? <DoNotRehireBadge size="sm" /> : null}
                </Group>
              </Table.Td>
              <Table.Td>
                <Stack gap={0}>
                  <Text size="sm">{alumnus.currentEmployer ?? ""}</Text>
                  {alumnus.currentRole ? (
                    <Text size="xs" c="dimmed">
                      {alumnus.currentRole}
                    </Text>
                  ) : null}
                </Stack>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
