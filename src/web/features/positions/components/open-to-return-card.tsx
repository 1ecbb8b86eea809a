import { Button, Group, Paper, Stack, Switch, Text, Textarea, ThemeIcon, Title } from "@mantine/core";
import { IconHeartHandshake } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { LOOKING_FOR_MAX, type OpenToReturn } from "../../../../shared/contracts/positions";
import { ProblemAlert } from "../../../components/problem-alert";
import { formatDate } from "../../../lib/dates";
import { notifySuccess } from "../../../lib/notify";
import { useOpenToReturn, useUpdateOpenToReturn } from "../api/positions";

function Form({ value }: { value: OpenToReturn }) {
  const { t } = useTranslation();
  const update = useUpdateOpenToReturn();
  const [open, setOpen] = useState(value.openToReturn);
  const [lookingFor, setLookingFor] = useState(value.lookingFor ?? "");
  useEffect(() => {
    setOpen(value.openToReturn);
    setLookingFor(value.lookingFor ?? "");
  }, [value]);
  const tooLong = [...lookingFor].length > LOOKING_FOR_MAX;
  const changed = open !== value.openToReturn || (lookingFor.trim() || null) !== value.lookingFor;
  const save = (next: { openToReturn: boolean; lookingFor: string }) =>
    update.mutate(
      { openToReturn: next.openToReturn, lookingFor: next.lookingFor.trim() || null },
      { onSuccess: () => notifySuccess(t("positions.openToReturn.saved")) },
    );

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="center">
        <Switch
          size="md"
          label={t("positions.openToReturn.switch")}
          checked={open}
          onChange={(event) => {
            const next = event.currentTarget.checked;
            setOpen(next);
            save({ openToReturn: next, lookingFor });
          }}
        />
        {value.openToReturn && value.openToReturnAt ? (
          <Text size="xs" c="dimmed">
            {t("positions.openToReturn.since", { date: formatDate(value.openToReturnAt) })}
          </Text>
        ) : null}
      </Group>
      {open ? (
        <>
          <Textarea
            label={t("positions.openToReturn.lookingFor")}
            placeholder={t("positions.openToReturn.lookingForPlaceholder")}
            autosize
            minRows={2}
            maxRows={6}
            value={lookingFor}
            onChange={(event) => setLookingFor(event.currentTarget.value)}
            error={tooLong ? t("positions.openToReturn.tooLong", { max: LOOKING_FOR_MAX.toLocaleString() }) : undefined}
          />
          <Group>
            <Button
              size="sm"
              variant="light"
              disabled={!changed || tooLong}
              loading={update.isPending}
              onClick={() => save({ openToReturn: open, lookingFor })}
            >
              {t("positions.openToReturn.save")}
            </Button>
          </Group>
        </>
      ) : null}
      {update.isError ? <ProblemAlert error={update.error} /> : null}
    </Stack>
  );
}

/** The alumnus's "I'm open to returning" signal to HR, with what they look for. */
export function OpenToReturnCard() {
  const { t } = useTranslation();
  const query = useOpenToReturn();
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="open-to-return-title" bg="pink.0">
      <Group align="flex-start" wrap="nowrap" gap="md">
        <ThemeIcon size={40} radius="xl" variant="light" color="pink" aria-hidden>
          <IconHeartHandshake size={22} />
        </ThemeIcon>
        <Stack gap="sm" style={{ flex: 1 }}>
          <div>
            <Title order={2} size="h4" id="open-to-return-title">
              {t("positions.openToReturn.title")}
            </Title>
            <Text size="sm" c="dimmed">
              {t("positions.openToReturn.description")}
            </Text>
          </div>
          {query.isError ? <ProblemAlert error={query.error} /> : query.data ? <Form value={query.data} /> : null}
        </Stack>
      </Group>
    </Paper>
  );
}
