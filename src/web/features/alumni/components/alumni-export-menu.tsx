import { Button, Menu, Text } from "@mantine/core";
import { IconChevronDown, IconDownload, IconFileSpreadsheet } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { notifySuccess } from "../../../lib/notify";
import { alumniExportUrl, EXPORT_ENCODINGS, type ExportEncoding } from "../api/export-alumni";
import type { AlumniFilters } from "../api/keys";

const labelKeys = { "utf-8": "utf8", shift_jis: "sjis" } as const satisfies Record<ExportEncoding, string>;

/** Downloads exactly the list on screen (same filters), in the encoding the user's Excel expects. */
export function AlumniExportMenu({ filters, total }: { filters: AlumniFilters; total: number }) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" width={320} shadow="md">
      <Menu.Target>
        <Button variant="default" leftSection={<IconDownload size={16} aria-hidden />} rightSection={<IconChevronDown size={14} aria-hidden />}>
          {t("alumniExport.button")}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t("alumniExport.intro", { count: total })}</Menu.Label>
        {EXPORT_ENCODINGS.map((encoding) => (
          <Menu.Item
            key={encoding}
            component="a"
            href={alumniExportUrl(filters, encoding)}
            download
            leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
            onClick={() => notifySuccess(t("alumniExport.started", { count: total }))}
          >
            <Text size="sm" fw={600}>
              {t(`alumniExport.${labelKeys[encoding]}`)}
            </Text>
            <Text size="xs" c="dimmed">
              {t(`alumniExport.${labelKeys[encoding]}Hint`)}
            </Text>
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Text size="xs" c="dimmed" px="sm" py={6}>
          {t("alumniExport.auditNote")}
        </Text>
      </Menu.Dropdown>
    </Menu>
  );
}
