import { createRoute, type RouteConfig, z } from "@hono/zod-openapi";
import { Problem } from "../../../shared/contracts/common";
import type { Role } from "../../../shared/roles";
import { requireAccess } from "./middleware";

/** Record kinds a path id may name; the permission matrix makes one per kind in another tenant. */
export type ResourceKind =
  | "member"
  | "invitation"
  | "apiKey"
  | "mail"
  | "alumnus"
  | "alumniImport"
  | "importMapping"
  | "announcement"
  | "webhookEndpoint"
  | "webhookDelivery"
  | "offboardingCase"
  | "dsrRequest"
  | "event"
  | "communityGroup"
  | "communityPost"
  | "communityComment"
  | "communityReport"
  | "communitySuspension"
  | "visit"
  | "candidate"
  | "interview"
  | "casualTalkSlot"
  | "casualTalk"
  | "position"
  | "colleagueOutreach";

const problem = (description: string) => ({ description, content: { "application/problem+json": { schema: Problem } } });

export const problemResponses = {
  401: problem("Not signed in, or the API key is missing or revoked"),
  403: problem("The caller's role may not use this route"),
  404: problem("No such record in this tenant"),
  409: problem("Conflicts with the current state"),
  410: problem("The link or token has expired or was used"),
  413: problem("The upload is over the size limit"),
  422: problem("Invalid input; `errors` lists the fields"),
  429: problem("Too many attempts; see Retry-After"),
} as const;

type ProblemStatus = keyof typeof problemResponses;

interface Access {
  /** Roles allowed to call the route; checked by the auth middleware before the handler. */
  roles: readonly Role[];
  /** Kind of record named by `{id}` in the path, when there is one. */
  resource?: ResourceKind;
  /** Allowed while the tenant's MFA requirement is not met yet (the account's own setup routes). */
  allowDuringMfaSetup?: boolean;
  /** Further problem statuses the handler returns besides the ones implied by the route. */
  problems?: ProblemStatus[];
}

/**
 * A /api/v1 route: its contract plus who may call it. The roles are published in the OpenAPI
 * document (`x-okaeri-roles`) and enforced by `requireAccess`, so docs, enforcement and the
 * permission-matrix test read one source.
 */
export function defineRoute<R extends RouteConfig>(route: R, access: Access) {
  const statuses = new Set<ProblemStatus>([401, 403, ...(access.problems ?? [])]);
  if (route.request?.body || route.request?.query || route.request?.params) statuses.add(422);
  if (route.path.includes("{")) statuses.add(404);
  const body = route.request?.body ? { ...route.request.body, required: true } : undefined;
  return createRoute({
    ...route,
    request: route.request ? { ...route.request, ...(body ? { body } : {}) } : undefined,
    middleware: [requireAccess(access)],
    security: [{ session: [] }, { apiKey: [] }],
    "x-okaeri-roles": access.roles,
    "x-okaeri-resource": access.resource,
    "x-okaeri-mfa-setup": access.allowDuringMfaSetup ?? false,
    responses: {
      ...route.responses,
      ...Object.fromEntries([...statuses].sort().map((s) => [s, problemResponses[s]])),
    },
  } as R);
}

export const IdParams = z.object({ id: z.uuid().openapi({ param: { name: "id", in: "path" } }) });

/** A JSON request body or response for a route contract. */
export const jsonContent = <T extends z.ZodType>(schema: T) => ({ content: { "application/json": { schema } } });
