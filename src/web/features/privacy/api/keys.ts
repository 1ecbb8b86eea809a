import type { DsrStatus } from "../../../../shared/contracts/privacy";

export const privacyKeys = {
  all: ["privacy"] as const,
  notices: () => [...privacyKeys.all, "notices"] as const,
  notice: (version: number) => [...privacyKeys.all, "notice", version] as const,
  requests: (status?: DsrStatus) => [...privacyKeys.all, "requests", status ?? "all"] as const,
  request: (id: string) => [...privacyKeys.all, "request", id] as const,
  erasure: (id: string) => [...privacyKeys.all, "erasure", id] as const,
  retention: () => [...privacyKeys.all, "retention"] as const,
  consents: () => [...privacyKeys.all, "consents"] as const,
};
