import { Group, Text, ThemeIcon, VisuallyHidden } from "@mantine/core";
import { IconCheck, IconChevronRight } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";

const STEPS = ["choose", "review", "import"] as const;
export type ImportStep = (typeof STEPS)[number];

/** Where HR is in choose → check → import; steps before the current one are done. */
export function ImportSteps({ current, finished = false }: { current: ImportStep; finished?: boolean }) {
  const { t } = useTranslation();
  const currentIndex = STEPS.indexOf(current);
  return (
    <Group component="ol" gap="xs" m={0} p={0} mb="lg" style={{ listStyle: "none" }} aria-label={t("imports.steps.label")}>
      {STEPS.map((step, index) => {
        const done = index < currentIndex || (finished && index === currentIndex);
        const active = index === currentIndex;
        return (
          <Group component="li" key={step} gap={6} aria-current={active ? "step" : undefined} wrap="nowrap">
            {index > 0 ? <IconChevronRight size={16} color="var(--mantine-color-gray-6)" aria-hidden /> : null}
            <ThemeIcon size={24} radius="xl" variant={active || done ? "filled" : "light"} color={done ? "teal" : "indigo"} aria-hidden>
              {done ? <IconCheck size={14} /> : <span>{index + 1}</span>}
            </ThemeIcon>
            <Text size="sm" fw={active ? 700 : 400} c={active ? undefined : "dimmed"}>
              {t(`imports.steps.${step}`)}
              {done ? <VisuallyHidden>{t("imports.steps.done")}</VisuallyHidden> : null}
            </Text>
          </Group>
        );
      })}
    </Group>
  );
}
