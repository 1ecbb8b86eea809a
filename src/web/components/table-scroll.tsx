import { Table } from "@mantine/core";
import type { CSSProperties, ReactNode } from "react";
import classes from "./table-scroll.module.css";

type Props = { label: string; minWidth: CSSProperties["minWidth"]; children: ReactNode };

/** A horizontally scrollable table wrapper that keyboard users can focus and scroll too. */
export function TableScroll({ label, minWidth, children }: Props) {
  return (
    <Table.ScrollContainer type="native" minWidth={minWidth} tabIndex={0} role="region" aria-label={label} className={classes.scroll}>
      {children}
    </Table.ScrollContainer>
  );
}
