import { useNavigate } from "@tanstack/react-router";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../components/page-header";
import { AnnouncementForm } from "../../features/announcements/components/announcement-form";
import { clearHandedDraft, peekHandedDraft } from "../../features/announcements/draft-handoff";
import { paths } from "../../lib/paths";
import { BackLink } from "./back-link";

export function NewAnnouncementPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // A draft composed elsewhere (the job board announcement) opens the editor once.
  const [draft] = useState(peekHandedDraft);
  useEffect(() => clearHandedDraft(), []);
  return (
    <>
      <BackLink to={paths.admin.announcements} label={t("mail.announcements.back")} />
      <PageHeader title={t("mail.compose.title")} description={t("mail.compose.description")} />
      <AnnouncementForm draft={draft} onSaved={(created) => void navigate({ to: paths.admin.announcement, params: { id: created.id } })} />
    </>
  );
}
