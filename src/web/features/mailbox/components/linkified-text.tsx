import { Anchor } from "@mantine/core";
import { Fragment } from "react";

const URL_PATTERN = /(https?:\/\/[^\s<>"'）」]+)/g;

type Part = { offset: number; text: string; isUrl: boolean };

function split(text: string): Part[] {
  const parts: Part[] = [];
  let offset = 0;
  text.split(URL_PATTERN).forEach((piece, index) => {
    if (piece) parts.push({ offset, text: piece, isUrl: index % 2 === 1 });
    offset += piece.length;
  });
  return parts;
}

/** Plain text with every http(s) URL turned into a real, clickable link. */
export function LinkifiedText({ text }: { text: string }) {
  return (
    <>
      {split(text).map((part) =>
        part.isUrl ? (
          <Anchor key={part.offset} href={part.text} style={{ wordBreak: "break-all" }}>
            {part.text}
          </Anchor>
        ) : (
          <Fragment key={part.offset}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}
