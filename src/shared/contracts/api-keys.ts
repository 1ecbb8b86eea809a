import { z } from "zod";
import { Role } from "../roles";

export const ApiKey = z.object({
  id: z.string(),
  name: z.string(),
  role: Role,
  prefix: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type ApiKey = z.infer<typeof ApiKey>;

export const ApiKeyList = z.object({ items: z.array(ApiKey) });
export type ApiKeyList = z.infer<typeof ApiKeyList>;

export const CreateApiKeyInput = z.object({ name: z.string().trim().min(1).max(100), role: Role });
export type CreateApiKeyInput = z.infer<typeof CreateApiKeyInput>;

/** Returned once, at creation: the only time the secret is visible. */
export const CreatedApiKey = ApiKey.extend({ key: z.string() });
export type CreatedApiKey = z.infer<typeof CreatedApiKey>;
