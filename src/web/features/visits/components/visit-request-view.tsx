import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../../components/page-header";
import { paths } from "../../../lib/paths";
import { BackLink } from "../../../portals/admin/back-link";
import { VisitRequestForm } from "./visit-request-form";

/** The request form as a page of the HR console or the employee portal. */
export function VisitRequestView({ portal }: { portal: "admin" | "employee" }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const to = paths[portal];
  return (
    <>
      <BackLink to={to.visits} label={t("visits.back")} />
      <PageHeader title={t("visits.form.title")} description={t("visits.form.description")} />
      <VisitRequestForm onCreated={(visit) => void navigate({ to: to.visit, params: { id: visit.id } })} />
    </>
  );
}
