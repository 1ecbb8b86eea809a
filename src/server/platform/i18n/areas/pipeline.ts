/** Server messages of one product area, merged into the catalog by messages.ts. */
export const ja = {} as const;

export const en: Record<keyof typeof ja, string> = {};
