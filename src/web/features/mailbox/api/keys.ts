export const mailKeys = {
  all: ["dev-mailbox"] as const,
  list: () => [...mailKeys.all, "list"] as const,
  detail: (id: string) => [...mailKeys.all, "detail", id] as const,
};
