import { Paper, Stack, Switch, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { CONSENT_PURPOSES, type ConsentPurpose } from "../../../../shared/consent-purposes";

type Props = {
  values: Record<ConsentPurpose, boolean>;
  onChange: (purpose: ConsentPurpose, granted: boolean) => void;
  tenant: string;
  disabled?: boolean;
};

/** One switch per purpose, each with a plain explanation; none is ticked for the person. */
export function ConsentSwitches({ values, onChange, tenant, disabled }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      {CONSENT_PURPOSES.map((purpose) => (
        <Paper key={purpose} withBorder radius="md" p="md">
          <Switch
            size="md"
            checked={values[purpose]}
            disabled={disabled}
            onChange={(event) => onChange(purpose, event.currentTarget.checked)}
            label={
              <Text fw={600} size="sm">
                {t(`consentPurposes.${purpose}.label`)}
              </Text>
            }
            description={t(`consentPurposes.${purpose}.description`, { tenant })}
          />
        </Paper>
      ))}
    </Stack>
  );
}
