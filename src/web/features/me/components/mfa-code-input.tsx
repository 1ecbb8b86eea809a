import { TextInput, type TextInputProps } from "@mantine/core";

/** A single field for the 6-digit TOTP code: numeric keyboard, one-time-code autofill. */
export function MfaCodeInput(props: TextInputProps) {
  return (
    <TextInput
      inputMode="numeric"
      autoComplete="one-time-code"
      maxLength={6}
      placeholder="123456"
      styles={{ input: { letterSpacing: "0.3em", fontVariantNumeric: "tabular-nums" } }}
      {...props}
    />
  );
}

export function isSixDigits(value: string): boolean {
  return /^\d{6}$/.test(value);
}
