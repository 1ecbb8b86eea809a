import { Table } from "@mantine/core";

type Column = string | { label: string; width: number };

/** The header row of a data table: one column heading (scope="col") per label, kept on one line. */
export function TableHead({ columns }: { columns: readonly Column[] }) {
  return (
    <Table.Thead>
      <Table.Tr>
        {columns.map((column) => {
          const { label, width } = typeof column === "string" ? { label: column, width: undefined } : column;
          return (
            <Table.Th key={label} scope="col" w={width} style={{ whiteSpace: "nowrap" }}>
              {label}
            </Table.Th>
          );
        })}
      </Table.Tr>
    </Table.Thead>
  );
}
