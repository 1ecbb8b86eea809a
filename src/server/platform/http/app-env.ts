import type { SessionRecord } from "../auth/sessions";
import type { RequestContext, TenantContext } from "../context";

export interface AuthState {
  ctx: TenantContext;
  session: SessionRecord | null;
  mfaSetupRequired: boolean;
}

export interface AppEnv {
  Variables: {
    base: RequestContext;
    auth: AuthState | null;
    /** Set by requireAccess: the tenant context of an allowed caller. */
    ctx: TenantContext;
  };
}
