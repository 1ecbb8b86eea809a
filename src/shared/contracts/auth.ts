import { z } from "zod";
import { Role } from "../roles";
import { Email, Password, Token } from "./common";

export const SignInInput = z.object({ email: Email, password: z.string().min(1).max(200) });
export type SignInInput = z.infer<typeof SignInInput>;

export const SignInResult = z.object({
  status: z.enum(["signed_in", "mfa_required"]),
  /** Where the SPA should go next: a portal path, or "/login/mfa". */
  next: z.string(),
});
export type SignInResult = z.infer<typeof SignInResult>;

export const EmailInput = z.object({ email: Email });
export type EmailInput = z.infer<typeof EmailInput>;

export const TokenInput = z.object({ token: Token });
export type TokenInput = z.infer<typeof TokenInput>;

export const PasswordResetConfirmInput = z.object({ token: Token, password: Password });
export type PasswordResetConfirmInput = z.infer<typeof PasswordResetConfirmInput>;

export const MfaCodeInput = z.object({ code: z.string().regex(/^\d{6}$/) });
export type MfaCodeInput = z.infer<typeof MfaCodeInput>;

export const InvitationPreview = z.object({
  status: z.enum(["valid", "expired", "used", "revoked", "invalid"]),
  tenantName: z.string().nullable(),
  role: Role.nullable(),
  email: z.string().nullable(),
  /** True when the email already has an Okaeri account: accepting then asks for its password. */
  existingAccount: z.boolean(),
});
export type InvitationPreview = z.infer<typeof InvitationPreview>;

export const AcceptInvitationInput = z.object({
  token: Token,
  name: z.string().trim().min(1).max(100),
  password: Password,
});
export type AcceptInvitationInput = z.infer<typeof AcceptInvitationInput>;
