import { Table } from "@mantine/core";
import type { ReactNode } from "react";

/** A two-column list of labelled facts about a talk; empty values are left out. */
export function TalkFacts({ rows, label }: { rows: [string, ReactNode][]; label: string }) {
  return (
    <Table aria-label={label} verticalSpacing={6} withRowBorders={false} layout="fixed">
      <Table.Tbody>
        {rows
          .filter(([, value]) => value !== null && value !== undefined && value !== "")
          .map(([name, value]) => (
            <Table.Tr key={name}>
              <Table.Th scope="row" w={170} c="dimmed" fw={500} style={{ verticalAlign: "top" }}>
                {name}
              </Table.Th>
              <Table.Td style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>{value}</Table.Td>
            </Table.Tr>
          ))}
      </Table.Tbody>
    </Table>
  );
}
