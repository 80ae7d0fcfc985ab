import {
  createTheme,
  defaultVariantColorsResolver,
  Notification,
  parseThemeColor,
  type CSSVariablesResolver,
  type VariantColorsResolver,
} from '@mantine/core';

const BRIGHT = new Set(['yellow', 'orange', 'lime', 'green', 'teal', 'cyan']);

/** Light badges and buttons with their darkest shade as text, so they pass WCAG AA contrast on their tint. */
const variantColorResolver: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  if (input.variant !== 'light') return colors;
  const parsed = parseThemeColor({ color: input.color || input.theme.primaryColor, theme: input.theme });
  if (!parsed.isThemeColor) return colors;
  // the 9th shade of the bright hues is still too light on their own tint: those get near-black text
  const text = BRIGHT.has(parsed.color) ? 'var(--mantine-color-dark-8)' : `var(--mantine-color-${parsed.color}-9)`;
  return { ...colors, color: text };
};

export const theme = createTheme({
  primaryColor: 'indigo',
  // darker shades keep text on light backgrounds above the WCAG AA contrast ratio
  primaryShade: 8,
  defaultRadius: 'md',
  variantColorResolver,
  components: {
    // toasts: a named close button, and a description (grey 6 by default under a title) with enough contrast
    Notification: Notification.extend({
      defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss' } },
      styles: { description: { color: 'var(--mantine-color-dimmed)' } },
    }),
  },
});

/** "Dimmed" text one shade darker than Mantine's default, for contrast. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' },
  dark: {},
});
