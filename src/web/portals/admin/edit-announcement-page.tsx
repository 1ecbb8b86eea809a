import { IconSpeakerphone } from "@tabler/icons-react";
import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../components/page-header";
import { RecordPage } from "../../components/record-page";
import { ButtonLink } from "../../components/router-links";
import { useAnnouncement } from "../../features/announcements/api/announcements";
import { AnnouncementForm } from "../../features/announcements/components/announcement-form";
import { paths } from "../../lib/paths";
import { BackLink } from "./back-link";

/** A scheduled newsletter, rewritten before it goes. */
export function EditAnnouncementPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const query = useAnnouncement(id);
  const toDetail = () => void navigate({ to: paths.admin.announcement, params: { id } });
  return (
    <RecordPage
      query={query}
      back={<BackLink to={paths.admin.announcements} label={t("mail.announcements.back")} />}
      notFound={{
        title: t("mail.announcements.emptyTitle"),
        body: t("mail.announcements.emptyBody"),
        icon: <IconSpeakerphone size={26} />,
        action: <ButtonLink to={paths.admin.announcements}>{t("mail.announcements.back")}</ButtonLink>,
      }}
    >
      {(item) => (
        <>
          <PageHeader title={t("mail.compose.editTitle")} description={t("mail.compose.editDescription")} />
          {item.status === "scheduled" ? (
            <AnnouncementForm initial={item} onSaved={toDetail} />
          ) : (
            <ButtonLink to={paths.admin.announcement} params={{ id }}>
              {t("mail.compose.notEditable")}
            </ButtonLink>
          )}
        </>
      )}
    </RecordPage>
  );
}
