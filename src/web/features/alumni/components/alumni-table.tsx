import { Badge, Checkbox, Group, Stack, Table, Text, VisuallyHidden } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { AlumnusView } from "../../../../shared/contracts/alumni";
import { AnchorLink } from "../../../components/router-links";
import { TableScroll } from "../../../components/table-scroll";
import { currentLocale } from "../../../i18n";
import { paths } from "../../../lib/paths";
import { DoNotRehireBadge, EligibilityBadge, ReturnInterestBadge } from "./alumni-badges";
import { formatCalendarDate, fullName, readingOf } from "./alumnus-display";
import type { RowSelection } from "./use-row-selection";

type Props = {
  alumni: AlumnusView[];
  /** Tick boxes for bulk actions; left out for those who may not change records. */
  selection?: RowSelection;
};

function SelectAll({ alumni, selection }: { alumni: AlumnusView[]; selection: RowSelection }) {
  const { t } = useTranslation();
  const ticked = alumni.filter((alumnus) => selection.ids.has(alumnus.id)).length;
  return (
    <Checkbox
      aria-label={t("alumniSelection.selectAll")}
      checked={ticked > 0 && ticked === alumni.length}
      indeterminate={ticked > 0 && ticked < alumni.length}
      onChange={(event) =>
        selection.set(
          alumni.map((alumnus) => alumnus.id),
          event.currentTarget.checked,
        )
      }
    />
  );
}

/** The directory: each row opens the person's record (the name is the keyboard-reachable link). */
export function AlumniTable({ alumni, selection }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const locale = currentLocale();
  return (
    <TableScroll label={t("alumni.table.label")} minWidth={1060}>
      <Table aria-label={t("alumni.table.label")} stickyHeader>
        <Table.Thead>
          <Table.Tr>
            {selection ? (
              <Table.Th scope="col" w={44}>
                <VisuallyHidden>{t("alumniSelection.column")}</VisuallyHidden>
                <SelectAll alumni={alumni} selection={selection} />
              </Table.Th>
            ) : null}
            <Table.Th scope="col">{t("alumni.table.name")}</Table.Th>
            <Table.Th scope="col">{t("alumni.fields.employeeNumber")}</Table.Th>
            <Table.Th scope="col">{t("alumni.table.departmentAtLeaving")}</Table.Th>
            <Table.Th scope="col">{t("alumni.fields.leaveDate")}</Table.Th>
            <Table.Th scope="col">{t("alumni.fields.exitType")}</Table.Th>
            <Table.Th scope="col">{t("alumni.table.eligibility")}</Table.Th>
            <Table.Th scope="col">{t("alumni.fields.returnInterest")}</Table.Th>
            <Table.Th scope="col">{t("alumni.fields.currentEmployer")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {alumni.map((alumnus) => (
            <Table.Tr
              key={alumnus.id}
              style={{ cursor: "pointer" }}
              bg={selection?.ids.has(alumnus.id) ? "indigo.0" : undefined}
              onClick={(event) => {
                // The name link handles its own clicks (and middle/ctrl-clicks for a new tab); the tick box cell only ticks.
                if ((event.target as HTMLElement).closest("a, [data-select-cell]")) return;
                void navigate({ to: paths.admin.alumnus, params: { id: alumnus.id } });
              }}
            >
              {selection ? (
                <Table.Td data-select-cell>
                  <Checkbox
                    aria-label={t("alumniSelection.selectRow", { name: fullName(alumnus) })}
                    checked={selection.ids.has(alumnus.id)}
                    onChange={(event) => selection.set([alumnus.id], event.currentTarget.checked)}
                  />
                </Table.Td>
              ) : null}
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
              <Table.Td miw={110}>
                <EligibilityBadge status={alumnus.eligibility} size="sm" />
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <ReturnInterestBadge interest={alumnus.returnInterest} size="sm" />
                  {alumnus.openToReturn ? (
                    <Badge color="pink" variant="light" size="sm">
                      {t("positions.hr.openToReturn")}
                    </Badge>
                  ) : null}
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
