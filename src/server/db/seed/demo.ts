import type { Role } from "../../../shared/roles";
import * as account from "../../features/account/account.service";
import * as alumni from "../../features/alumni/alumni.service";
import * as invitations from "../../features/invitations/invitations.service";
import * as members from "../../features/members/members.service";
import * as tenancy from "../../features/tenancy/tenancy.service";
import type { AppDeps } from "../../platform/context";
import { hashPassword } from "../../platform/security/passwords";
import { systemContext } from "../../platform/system-context";
import { demoAlumni } from "./demo-alumni";
import { seedDemoColleagues } from "./demo-colleagues";
import { seedDemoCommunity } from "./demo-community";
import { seedDemoEvents } from "./demo-events";
import { seedDemoGraduation } from "./demo-graduation";
import { seedDemoImport } from "./demo-import";
import { seedDemoJobs } from "./demo-jobs";
import { seedDemoNewsletters } from "./demo-newsletters";
import { seedDemoPipeline } from "./demo-pipeline";
import { seedDemoPositions } from "./demo-positions";
import { seedDemoReferrals } from "./demo-referrals";
import { seedDemoTalks } from "./demo-talks";
import { seedDemoVisits } from "./demo-visits";

export const DEMO_SLUG = "demo";
export const DEMO_PASSWORD = "okaeri-demo-2026";

export const DEMO_ACCOUNTS: { role: Role; email: string; name: string; locale: "ja" | "en" }[] = [
  { role: "admin", email: "admin@demo.okaeri.test", name: "佐藤 美咲", locale: "ja" },
  { role: "hr", email: "hr@demo.okaeri.test", name: "高橋 健一", locale: "ja" },
  { role: "manager", email: "manager@demo.okaeri.test", name: "田中 浩二", locale: "ja" },
  { role: "employee", email: "employee@demo.okaeri.test", name: "鈴木 花子", locale: "ja" },
  { role: "alumnus", email: "alumni@demo.okaeri.test", name: "山本 翔太", locale: "ja" },
];

/** The demo company on first start: one account per role, invitations in the mailbox, about forty alumni, the graduation flow. */
export async function seedDemo(deps: AppDeps, baseUrl: string): Promise<boolean> {
  const { db } = deps.database;
  if (await tenancy.findTenantBySlug(db, DEMO_SLUG)) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const tenant = await db.transaction(async (tx) => {
    const created = await tenancy.createTenant(tx, { requestId: "seed" }, { slug: DEMO_SLUG, name: "株式会社さくらテクノロジー", mfaRequiredForStaff: false });
    // The alumnus account is made by registering through a graduation invitation, below.
    for (const person of DEMO_ACCOUNTS.filter((account) => account.role !== "alumnus")) {
      const user =
        (await account.findUserByEmail(tx, person.email)) ??
        (await account.createUser(tx, { email: person.email, name: person.name, passwordHash, locale: person.locale }));
      await members.addMember(tx, { tenantId: created.id, userId: user.id, role: person.role });
    }
    return created;
  });
  const ctx = { ...systemContext(deps, tenant), baseUrl };
  await invitations.createInvitation({ ctx, input: { email: "ito.yui@demo.okaeri.test", role: "hr" } });
  await invitations.createInvitation({ ctx: { ...ctx, locale: "en" }, input: { email: "kobayashi.ren@demo.okaeri.test", role: "employee" } });
  for (const person of demoAlumni()) {
    const leaveDate = person.leaveDate;
    const lastPeriod = person.departmentHistory?.at(-1);
    if (lastPeriod && lastPeriod.to === null) lastPeriod.to = leaveDate;
    await alumni.createAlumnus({ ctx, input: person });
  }
  await seedDemoImport(ctx);
  const alumnus = DEMO_ACCOUNTS.find((account) => account.role === "alumnus");
  if (alumnus) await seedDemoGraduation(ctx, { email: alumnus.email, password: DEMO_PASSWORD });
  await seedDemoNewsletters(ctx);
  await seedDemoVisits(ctx);
  await seedDemoEvents(ctx);
  await seedDemoCommunity(ctx);
  await seedDemoPositions(ctx);
  await seedDemoJobs(ctx);
  await seedDemoReferrals(ctx);
  await seedDemoTalks(ctx);
  await seedDemoColleagues(ctx);
  await seedDemoPipeline(ctx);
  return true;
}
