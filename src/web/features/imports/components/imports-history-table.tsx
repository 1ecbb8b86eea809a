import { Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { AlumniImportSummary } from "../../../../shared/contracts/imports";
import { AnchorLink } from "../../../components/router-links";
import { TableHead } from "../../../components/table-head";
import { TableScroll } from "../../../components/table-scroll";
import { currentLocale } from "../../../i18n";
import { formatDateTime } from "../../../lib/dates";
import { paths } from "../../../lib/paths";
import { isImportActive } from "../api/import-status";
import { formatFileSize } from "./format-file-size";
import { ImportStatusBadge } from "./import-badges";
import { countsSentence } from "./import-counts";
import { progressText } from "./import-progress-text";

/** Past imports, newest first; the file name opens the import. */
export function ImportsHistoryTable({ imports }: { imports: AlumniImportSummary[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <TableScroll label={t("imports.history.tableLabel")} minWidth={860}>
      <Table aria-label={t("imports.history.tableLabel")}>
        <TableHead
          columns={[
            t("imports.history.startedAt"),
            t("imports.history.file"),
            t("imports.history.kind"),
            t("imports.history.status"),
            t("imports.history.result"),
          ]}
        />
        <Table.Tbody>
          {imports.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Td style={{ whiteSpace: "nowrap" }}>
                <Text size="sm">
                  <time dateTime={item.createdAt}>{formatDateTime(item.createdAt)}</time>
                </Text>
              </Table.Td>
              <Table.Th scope="row" fw={400}>
                <Stack gap={0}>
                  <AnchorLink to={paths.admin.alumniImport} params={{ importId: item.id }} fw={600} size="sm">
                    {item.fileName}
                  </AnchorLink>
                  <Text size="xs" c="dimmed">
                    {formatFileSize(item.fileSize, locale)}
                  </Text>
                </Stack>
              </Table.Th>
              <Table.Td style={{ whiteSpace: "nowrap" }}>
                <Text size="sm">{item.dryRun ? t("imports.kind.dryRun") : t("imports.kind.import")}</Text>
              </Table.Td>
              <Table.Td>
                <ImportStatusBadge status={item.status} size="sm" />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{isImportActive(item.status) ? progressText(t, item) : item.status === "failed" ? "" : countsSentence(t, item)}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
