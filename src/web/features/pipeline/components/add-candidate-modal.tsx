import { Alert, Button, Group, Modal, SegmentedControl, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconInfoCircle } from "@tabler/icons-react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { AlumniPage } from "../../../../shared/contracts/alumni";
import type { NewCandidateInput, PipelineOptions, Stage } from "../../../../shared/contracts/pipeline";
import { CANDIDATE_SOURCES, type CandidateSource } from "../../../../shared/recruiting";
import { ProblemAlert } from "../../../components/problem-alert";
import { AnchorLink } from "../../../components/router-links";
import { currentLocale } from "../../../i18n";
import { apiFetch, isApiError } from "../../../lib/api-client";
import { notifySuccess } from "../../../lib/notify";
import { paths } from "../../../lib/paths";
import { useAddCandidate } from "../api/pipeline";
import { stageName } from "./labels";

type Props = {
  opened: boolean;
  onClose: () => void;
  options: PipelineOptions | undefined;
  stages: Stage[];
  /** Starts on "from the directory" with this alumnus chosen (from the alumnus page). */
  alumnus?: { id: string; name: string };
};

type StageKey = NewCandidateInput["stageKey"];
const START_KEYS: StageKey[] = ["contacted", "casual_talk", "applied", "screening", "interviews", "offer"];

function useAlumniSearch(q: string, enabled: boolean) {
  return useQuery({
    queryKey: ["alumni", "picker", q],
    queryFn: ({ signal }) => apiFetch("/api/v1/alumni", { query: { q, limit: 10 }, schema: AlumniPage, signal }),
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** HR adds someone: an alumnus from the directory, or a person by name and contact (a friend's referral, an agency). */
export function AddCandidateModal({ opened, onClose, options, stages, alumnus }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const add = useAddCandidate();
  const [mode, setMode] = useState<"alumni" | "free">("alumni");
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search, 250);
  const picker = useAlumniSearch(debounced, opened && mode === "alumni");
  const [alumnusId, setAlumnusId] = useState<string | null>(alumnus?.id ?? null);
  const [form, setForm] = useState({ fullName: "", fullNameKana: "", email: "", phone: "", sourceDetail: "", note: "" });
  const [positionId, setPositionId] = useState<string>("");
  const [source, setSource] = useState<CandidateSource>("alumni");
  const [stageKey, setStageKey] = useState<StageKey>("contacted");
  const en = currentLocale() === "en";
  const problem = add.error && isApiError(add.error) ? add.error.problem : null;
  const fieldError = (path: string) => problem?.errors?.find((e) => e.path === path)?.message;
  const existingId = problem?.code === "already_in_pipeline" ? problem.errors?.find((e) => e.path === "candidateId")?.message : undefined;
  const set = (key: keyof typeof form) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setForm({ ...form, [key]: e.currentTarget.value });

  const alumniData = [
    ...(alumnus ? [{ value: alumnus.id, label: alumnus.name }] : []),
    ...(picker.data?.items ?? [])
      .filter((a) => a.id !== alumnus?.id)
      .map((a) => ({ value: a.id, label: `${a.familyName} ${a.givenName}${a.department ? `（${a.department}）` : ""}` })),
  ];

  const close = () => {
    add.reset();
    onClose();
  };

  const submit = () => {
    const blank = (v: string) => v.trim() || null;
    const input: NewCandidateInput = {
      ...(mode === "alumni"
        ? { alumnusId }
        : { fullName: blank(form.fullName), fullNameKana: blank(form.fullNameKana), email: blank(form.email), phone: blank(form.phone) }),
      positionId: positionId || null,
      source,
      sourceDetail: blank(form.sourceDetail),
      stageKey,
      note: blank(form.note),
    };
    add.mutate(input, {
      onSuccess: (created) => {
        notifySuccess(t("pipeline.addModal.added", { name: created.name }));
        close();
        void navigate({ to: paths.admin.candidate, params: { id: created.id } });
      },
    });
  };

  return (
    <Modal opened={opened} onClose={close} title={t("pipeline.addModal.title")} size="lg">
      <Stack gap="md">
        <SegmentedControl
          aria-label={t("pipeline.addModal.mode")}
          value={mode}
          onChange={(v) => {
            setMode(v as "alumni" | "free");
            setSource(v === "alumni" ? "alumni" : "direct");
            add.reset();
          }}
          data={[
            { value: "alumni", label: t("pipeline.addModal.fromAlumni") },
            { value: "free", label: t("pipeline.addModal.freeEntry") },
          ]}
        />
        {mode === "alumni" ? (
          <Select
            label={t("pipeline.addModal.alumnus")}
            placeholder={t("pipeline.addModal.alumnusPlaceholder")}
            searchable
            searchValue={search}
            onSearchChange={setSearch}
            data={alumniData}
            value={alumnusId}
            onChange={setAlumnusId}
            filter={({ options }) => options}
            nothingFoundMessage={t("pipeline.addModal.alumnusNothing")}
            error={fieldError("alumnusId")}
            required
            comboboxProps={{ withinPortal: true }}
          />
        ) : (
          <>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t("pipeline.addModal.fullName")}
                value={form.fullName}
                onChange={set("fullName")}
                maxLength={100}
                required
                error={fieldError("fullName")}
              />
              <TextInput
                label={t("pipeline.addModal.fullNameKana")}
                value={form.fullNameKana}
                onChange={set("fullNameKana")}
                maxLength={100}
                error={fieldError("fullNameKana")}
              />
              <TextInput
                label={t("pipeline.addModal.email")}
                type="email"
                value={form.email}
                onChange={set("email")}
                maxLength={254}
                error={fieldError("email")}
              />
              <TextInput
                label={t("pipeline.addModal.phone")}
                type="tel"
                value={form.phone}
                onChange={set("phone")}
                maxLength={30}
                error={fieldError("phone")}
              />
            </SimpleGrid>
            <Text size="xs" c="dimmed">
              {t("pipeline.addModal.contactHint")}
            </Text>
          </>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t("pipeline.addModal.position")}
            data={[
              { value: "", label: t("pipeline.addModal.positionNone") },
              ...(options?.positions ?? []).map((p) => ({ value: p.id, label: en ? p.titleEn : p.titleJa })),
            ]}
            value={positionId}
            onChange={(v) => setPositionId(v ?? "")}
            allowDeselect={false}
            searchable
            error={fieldError("positionId")}
            comboboxProps={{ withinPortal: true }}
          />
          <Select
            label={t("pipeline.addModal.stage")}
            data={START_KEYS.map((key) => {
              const stage = stages.find((s) => s.key === key);
              return { value: key, label: stage ? stageName(stage) : key };
            })}
            value={stageKey}
            onChange={(v) => v && setStageKey(v as StageKey)}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
          <Select
            label={t("pipeline.addModal.source")}
            data={CANDIDATE_SOURCES.filter((s) => (mode === "alumni" ? true : s !== "alumni")).map((s) => ({ value: s, label: t(`pipeline.source.${s}`) }))}
            value={source}
            onChange={(v) => v && setSource(v as CandidateSource)}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
          <TextInput
            label={t("pipeline.addModal.sourceDetail")}
            value={form.sourceDetail}
            onChange={set("sourceDetail")}
            maxLength={100}
            error={fieldError("sourceDetail")}
          />
        </SimpleGrid>
        <Textarea label={t("pipeline.addModal.note")} value={form.note} onChange={set("note")} maxLength={5000} autosize minRows={2} />
        {existingId ? (
          <Alert color="yellow" variant="light" icon={<IconInfoCircle aria-hidden />} title={t("pipeline.addModal.duplicate")}>
            <AnchorLink to={paths.admin.candidate} params={{ id: existingId }} onClick={close}>
              {t("pipeline.addModal.openExisting")}
            </AnchorLink>
          </Alert>
        ) : add.error && !problem?.errors?.length ? (
          <ProblemAlert error={add.error} />
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t("pipeline.addModal.cancel")}
          </Button>
          <Button onClick={submit} loading={add.isPending} disabled={mode === "alumni" && !alumnusId}>
            {t("pipeline.addModal.submit")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
