import { List, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ImportPreviewRow } from "../../../../shared/contracts/imports";
import { TableHead } from "../../../components/table-head";
import { TableScroll } from "../../../components/table-scroll";
import { RowOutcomeBadge } from "./import-badges";

type Values = ImportPreviewRow["values"];

function joined(...parts: (string | undefined)[]): string {
  return parts.filter(Boolean).join(" ");
}

const NOWRAP = { whiteSpace: "nowrap" } as const;
const nameOf = (v: Values) => joined(v.familyName, v.givenName) || v.fullName || "";
const readingOf = (v: Values) => joined(v.familyNameKana, v.givenNameKana) || v.fullNameKana || "";

/** The first rows as Okaeri read them, each with what the import does with it and why a row is refused. */
export function ImportPreviewTable({ rows }: { rows: ImportPreviewRow[] }) {
  const { t } = useTranslation();
  // The problems column only takes room when some row has one.
  const withProblems = rows.some((row) => row.problems.length > 0);
  return (
    <TableScroll label={t("imports.preview.tableLabel")} minWidth={1200}>
      <Table aria-label={t("imports.preview.tableLabel")} verticalSpacing="xs" fz="sm">
        <TableHead
          columns={[
            t("imports.preview.row"),
            t("imports.preview.outcome"),
            ...(withProblems ? [t("imports.preview.problems")] : []),
            t("alumni.fields.employeeNumber"),
            t("alumni.table.name"),
            t("alumni.fields.workEmail"),
            t("imports.preview.departmentAndTitle"),
            t("alumni.fields.hireDate"),
            t("alumni.fields.leaveDate"),
          ]}
        />
        <Table.Tbody>
          {rows.map(({ row, values, outcome, problems }) => (
            <Table.Tr key={row} bg={outcome === "reject" ? "red.0" : undefined}>
              <Table.Th scope="row" fw={400} style={NOWRAP}>
                {row}
              </Table.Th>
              <Table.Td miw={96}>{outcome ? <RowOutcomeBadge outcome={outcome} /> : null}</Table.Td>
              {withProblems ? (
                <Table.Td miw={240}>
                  <List size="sm" c="red.9">
                    {problems.map((problem) => (
                      <List.Item key={`${problem.column}-${problem.code}`}>{problem.message}</List.Item>
                    ))}
                  </List>
                </Table.Td>
              ) : null}
              <Table.Td ff="monospace" style={NOWRAP}>
                {values.employeeNumber ?? ""}
              </Table.Td>
              <Table.Td style={NOWRAP}>
                <Stack gap={0}>
                  <Text size="sm" fw={600}>
                    {nameOf(values)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {readingOf(values)}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>{values.workEmail ?? ""}</Table.Td>
              <Table.Td miw={160}>{joined(values.department, values.jobTitle)}</Table.Td>
              <Table.Td style={NOWRAP}>{values.hireDate ?? ""}</Table.Td>
              <Table.Td style={NOWRAP}>{values.leaveDate ?? ""}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
