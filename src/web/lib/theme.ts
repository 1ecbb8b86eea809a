import { type CSSVariablesResolver, createTheme } from "@mantine/core";

const fontFamily = '"Noto Sans JP", "Noto Sans CJK JP", "Hiragino Sans", "Hiragino Kaku Gothic ProN", Meiryo, sans-serif';

export const theme = createTheme({
  // People who ask their system for less motion get no modal and menu transitions.
  respectReducedMotion: true,
  primaryColor: "indigo",
  // Shade 8 keeps white text on filled buttons above WCAG AA contrast.
  primaryShade: { light: 8, dark: 6 },
  fontFamily,
  fontFamilyMonospace: 'ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace',
  headings: { fontFamily, fontWeight: "700" },
  defaultRadius: "md",
  cursorType: "pointer",
  focusRing: "auto",
  autoContrast: true,
  components: {
    Button: { defaultProps: { fw: 600 } },
    // Uppercase suits Latin labels only; Japanese has no case and English reads calmer without it.
    Badge: { styles: { root: { textTransform: "none" } } },
    Card: { defaultProps: { withBorder: true, radius: "md", padding: "lg" } },
    Paper: { defaultProps: { radius: "md" } },
    Table: { defaultProps: { verticalSpacing: "sm", highlightOnHover: true } },
    Modal: { defaultProps: { centered: true, radius: "md" } },
    // Required fields keep aria-required; the visual asterisk would only repeat it on forms where every field is required.
    TextInput: { defaultProps: { withAsterisk: false } },
    PasswordInput: { defaultProps: { withAsterisk: false } },
    Select: { defaultProps: { withAsterisk: false } },
    Autocomplete: { defaultProps: { withAsterisk: false } },
  },
});

/** Darker secondary and error text than Mantine's defaults, for WCAG AA contrast on white and gray-0. */
const lightVariantColors = ["indigo", "teal", "red", "gray", "grape", "orange", "yellow", "green", "blue", "cyan"];

/** Light variants (badges, light buttons) on the palest shade, so their shade-9 text keeps 4.5:1 even on hover. */
const lightVariantBackgrounds = Object.fromEntries(
  lightVariantColors.flatMap((color) => [
    [`--mantine-color-${color}-light`, `var(--mantine-color-${color}-0)`],
    [`--mantine-color-${color}-light-hover`, `color-mix(in srgb, var(--mantine-color-${color}-1) 45%, var(--mantine-color-${color}-0))`],
  ]),
);

/** Filled and outline variants of bright hues one shade darker than indigo's, for white text at 4.5:1. */
const brightHues = ["teal", "red", "grape", "orange", "yellow", "green", "blue", "cyan"];
const darkerFilled = Object.fromEntries(
  brightHues.flatMap((color) => [
    [`--mantine-color-${color}-filled`, `var(--mantine-color-${color}-9)`],
    [`--mantine-color-${color}-filled-hover`, `color-mix(in srgb, var(--mantine-color-${color}-9) 85%, black)`],
    [`--mantine-color-${color}-outline`, `var(--mantine-color-${color}-9)`],
  ]),
);

/** Even the darkest orange or yellow is under 4.5:1 as text on its own tint: those light variants take dark text. */
const paleHueText = Object.fromEntries(["orange", "yellow", "lime"].map((color) => [`--mantine-color-${color}-light-color`, "var(--mantine-color-dark-7)"]));

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    ...lightVariantBackgrounds,
    ...paleHueText,
    ...darkerFilled,
    "--mantine-color-dimmed": "var(--mantine-color-gray-7)",
    "--mantine-color-placeholder": "var(--mantine-color-gray-6)",
    "--mantine-color-error": "var(--mantine-color-red-9)",
    "--mantine-color-anchor": "var(--mantine-color-indigo-8)",
  },
  dark: {},
});
