import { existsSync, readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import type { ErasurePreview } from "../../../shared/contracts/privacy";
import type { Db } from "../../db/client";
import type { StoredPreviewRow } from "../../db/schema/imports";
import { recordAudit } from "../../platform/audit/audit";
import type { Actor } from "../../platform/context";
import { NotFound } from "../../platform/errors/domain-error";
import { hashToken } from "../../platform/security/tokens";
import { eraseCommunityData } from "../community/community.service";
import { openImportSource } from "../imports/import-source";
import * as repo from "./erasure.repo";

export interface ErasureInput {
  tenantId: string;
  alumnusId: string;
  actor: Actor | { kind: "anonymous" };
  requestId: string | null;
  uploadsDir: string;
  /** Keys the pseudonyms: stable for one installation, not reversible without the secret. */
  authSecret: string;
}

/** The stable pseudonym that replaces an erased person's id in the audit log and their request records. */
export function erasedPseudonym(authSecret: string, id: string): string {
  return `erased:${hashToken(authSecret, `okaeri:erasure:${id}`)}`;
}

const fold = (value: string) => value.normalize("NFKC").trim().toLowerCase();
const squash = (value: string) => fold(value).replace(/\s+/g, "");

async function identifiersOf(tx: Db, person: repo.AlumnusRow): Promise<repo.Identifiers> {
  const baseEmails = [person.workEmail, person.privateEmail].filter((e): e is string => Boolean(e)).map(fold);
  const cases = await repo.casesOf(tx, person.tenantId, person.id, baseEmails);
  const emails = new Set(baseEmails);
  for (const c of cases) for (const e of [c.workEmail, c.privateEmail]) if (e) emails.add(fold(e));
  const userRows = await repo.usersOf(tx, person.tenantId, person.userId, [...emails]);
  const pairs = [
    [person.familyName, person.givenName],
    [person.familyNameKana, person.givenNameKana],
    [person.formerFamilyName, person.givenName],
  ]
    .filter((pair): pair is [string, string] => Boolean(pair[0] && pair[1]))
    .map(([family, given]) => ({ family: fold(family), given: fold(given) }));
  const fullNames = new Set<string>();
  for (const { family, given } of pairs) {
    fullNames.add(`${family}${given}`);
    fullNames.add(`${family} ${given}`);
    fullNames.add(`${family}\u3000${given}`);
    fullNames.add(`${given} ${family}`);
  }
  return {
    tenantId: person.tenantId,
    alumnusId: person.id,
    userIds: userRows.map((u) => u.id),
    caseIds: cases.map((c) => c.id),
    emails: [...emails],
    namePairs: pairs,
    fullNames: [...fullNames],
  };
}

/** Does a table row (cells of an uploaded file, a preview row's values) carry this person? */
function rowMentions(cells: string[], id: repo.Identifiers): boolean {
  const folded = new Set(cells.map(fold));
  const squashed = new Set(cells.map(squash));
  if (id.emails.some((e) => folded.has(e))) return true;
  if (id.fullNames.some((n) => squashed.has(n.replace(/\s+/g, "")))) return true;
  return id.namePairs.some((n) => folded.has(n.family) && folded.has(n.given));
}

/** Reads an uploaded import file as a table and tells whether any row is this person; unreadable files are searched as text. */
async function fileMentions(path: string, fileName: string, id: repo.Identifiers): Promise<boolean> {
  try {
    const source = await openImportSource(path, fileName);
    for await (const row of source.rows) if (row.kind === "row" && rowMentions(row.cells, id)) return true;
    return false;
  } catch {
    const text = fold(readFileSync(path).toString("utf8"));
    return id.emails.some((e) => text.includes(e)) || id.fullNames.some((n) => text.includes(n));
  }
}

/** Import files (on disk) and stored preview rows of this tenant's imports that carry the person. */
async function importTraces(tx: Db, uploadsDir: string, id: repo.Identifiers) {
  const imports = await repo.importsOf(tx, id.tenantId);
  const files = new Set<string>();
  const previews: { importId: string; kept: StoredPreviewRow[] }[] = [];
  const checked = new Map<string, boolean>();
  for (const run of imports) {
    const kept = run.preview.filter((row) => !rowMentions(Object.values(row.values), id));
    if (kept.length !== run.preview.length) previews.push({ importId: run.id, kept });
    const path = join(uploadsDir, run.fileKey);
    if (!checked.has(run.fileKey)) checked.set(run.fileKey, existsSync(path) && (await fileMentions(path, run.fileName, id)));
    if (checked.get(run.fileKey)) files.add(run.fileKey);
  }
  return { files: [...files], previews };
}

/** What erasing the person would remove, and what is going on about them that HR should weigh first. */
export async function previewErasure(db: Db, input: { tenantId: string; alumnusId: string; uploadsDir: string }): Promise<ErasurePreview> {
  const person = await repo.lockAlumnus(db, input.tenantId, input.alumnusId);
  if (!person) throw NotFound();
  const id = await identifiersOf(db, person);
  const counts = await repo.countErasure(db, id);
  const traces = await importTraces(db, input.uploadsDir, id);
  const cases = await repo.casesOf(db, input.tenantId, person.id, id.emails);
  const users = await repo.usersOf(db, input.tenantId, person.userId, id.emails);
  const related = await repo.relatedCounts(db, input.tenantId, person.id);
  const participation = await repo.participationCounts(db, input.tenantId, person.id, id.userIds);
  const recruiting = await repo.recruitingCounts(db, id);
  const candidacies = await repo.openCandidacies(db, id);
  return {
    alumnusId: person.id,
    subjectName: `${person.familyName} ${person.givenName}`,
    removes: {
      alumnusRecord: 1,
      departmentHistory: related.departmentHistory,
      consents: related.consents,
      consentEvents: related.consentEvents,
      exitSurveys: related.exitSurveys,
      offboardingCases: cases.length,
      mails: counts.mails,
      webhookDeliveries: counts.webhookDeliveries,
      importFiles: traces.files.length,
      importRows: counts.importRows + traces.previews.length,
      ...participation,
      ...recruiting,
      account: users.length === 0 ? "none" : users.every((u) => u.otherTenants === 0) ? "delete" : "membership_only",
      auditEventsPseudonymised: counts.auditEvents,
    },
    active: [
      ...cases
        .filter((c) => c.status === "scheduled" || c.status === "invited")
        .map((c) => ({ kind: "offboarding_case_open" as const, id: c.id, status: c.status })),
      ...candidacies.map((c) => ({ kind: "candidacy_open" as const, id: c.id, status: c.stageKey })),
    ],
    hiringPipelineChecked: true,
  };
}

/**
 * Erases a person from every table in the caller's transaction: the alumni row (department history, consents,
 * consent events and exit surveys go by cascade), offboarding cases, their candidacies (also those found by email),
 * casual talks, saved positions, referrals naming them and outreach about them, mail to or about them, their sign-in
 * account (or only this company's membership when they belong to another), staged import rows, preview rows
 * and uploaded files with them in it, webhook deliveries naming them and the details of their requests. The
 * audit log keeps a pseudonym in place of their ids. Returns the pseudonym of the alumnus id.
 */
export async function erasePerson(tx: Db, input: ErasureInput): Promise<{ pseudonym: string }> {
  const person = await repo.lockAlumnus(tx, input.tenantId, input.alumnusId);
  if (!person) throw NotFound();
  const id = await identifiersOf(tx, person);
  const pseudonym = erasedPseudonym(input.authSecret, person.id);
  const traces = await importTraces(tx, input.uploadsDir, id);

  await repo.deleteMail(tx, id);
  await repo.deleteWebhookDeliveries(tx, id);
  await repo.deleteStaging(tx, id);
  for (const preview of traces.previews) await repo.setPreview(tx, preview.importId, preview.kept);
  await repo.deleteCases(tx, input.tenantId, id.caseIds);
  await repo.deleteRecruiting(tx, id);
  await repo.pseudonymiseRequests(tx, input.tenantId, person.id, pseudonym);
  const users = await repo.usersOf(tx, input.tenantId, person.userId, id.emails);
  await eraseCommunityData(tx, { tenantId: input.tenantId, userIds: users.map((u) => u.id) });
  await repo.deleteAlumnus(tx, input.tenantId, person.id);
  for (const user of users) {
    if (user.otherTenants === 0) await repo.deleteUser(tx, user.id);
    else await repo.deleteMembershipIn(tx, input.tenantId, user.id);
  }
  await repo.deleteInvitations(tx, input.tenantId, id.emails);
  await repo.deleteRateLimitKeys(
    tx,
    id.emails.map((e) => hashToken(input.authSecret, e)),
  );
  const pseudonyms = new Map([[person.id, pseudonym], ...users.map((u) => [u.id, erasedPseudonym(input.authSecret, u.id)] as [string, string])]);
  await repo.pseudonymiseAudit(tx, input.tenantId, pseudonyms);
  await recordAudit(tx, {
    tenantId: input.tenantId,
    actor: input.actor,
    action: "alumnus.erased",
    targetType: "alumnus",
    targetId: pseudonym,
    requestId: input.requestId,
    meta: { importFiles: traces.files.length, offboardingCases: id.caseIds.length },
  });
  // Last, once every row is gone: a failure before this point rolls back and leaves the files for a retry.
  for (const key of traces.files) await rm(join(input.uploadsDir, key), { force: true });
  return { pseudonym };
}
