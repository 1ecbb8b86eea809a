import { z } from "zod";
import { Role } from "../roles";
import { Email, pageOf } from "./common";

export const MemberStatus = z.enum(["active", "disabled"]);
export type MemberStatus = z.infer<typeof MemberStatus>;

export const Member = z.object({
  id: z.string(),
  userId: z.string(),
  email: z.string(),
  name: z.string(),
  role: Role,
  status: MemberStatus,
  mfaEnabled: z.boolean(),
  createdAt: z.string(),
});
export type Member = z.infer<typeof Member>;
export const MemberPage = pageOf(Member);
export type MemberPage = z.infer<typeof MemberPage>;

export const UpdateMemberInput = z
  .object({ role: Role, status: MemberStatus })
  .partial()
  .refine((v) => v.role !== undefined || v.status !== undefined, { message: "role or status is required" });
export type UpdateMemberInput = z.infer<typeof UpdateMemberInput>;

export const InvitationStatus = z.enum(["pending", "accepted", "expired", "revoked"]);
export type InvitationStatus = z.infer<typeof InvitationStatus>;

export const Invitation = z.object({
  id: z.string(),
  email: z.string(),
  role: Role,
  status: InvitationStatus,
  expiresAt: z.string(),
  createdAt: z.string(),
});
export type Invitation = z.infer<typeof Invitation>;
export const InvitationPage = pageOf(Invitation);
export type InvitationPage = z.infer<typeof InvitationPage>;

export const CreateInvitationInput = z.object({ email: Email, role: Role });
export type CreateInvitationInput = z.infer<typeof CreateInvitationInput>;
