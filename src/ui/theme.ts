import { createTheme, type MantineColorsTuple } from '@mantine/core';

/**
 * A calm clinical look: a deep teal-blue for actions (dark enough that white text on
 * it passes WCAG AA), soft grey surfaces, and the system font so the app feels native.
 */
const ocean: MantineColorsTuple = [
  '#e7f6f8',
  '#cfe9ee',
  '#a2d3dc',
  '#71bcc9',
  '#4aa8b8',
  '#2f9aac',
  '#1e7f8f',
  '#136a78',
  '#0b5661',
  '#03434c',
];

export const theme = createTheme({
  primaryColor: 'ocean',
  primaryShade: { light: 7, dark: 5 },
  colors: { ocean },
  fontFamily:
    'Inter, "Segoe UI", system-ui, -apple-system, BlinkMacSystemFont, Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: {
    fontFamily:
      'Inter, "Segoe UI", system-ui, -apple-system, BlinkMacSystemFont, Roboto, "Helvetica Neue", Arial, sans-serif',
    fontWeight: '650',
  },
  defaultRadius: 'md',
  cursorType: 'pointer',
  focusRing: 'auto',
  components: {
    Card: { defaultProps: { withBorder: true, radius: 'md', padding: 'lg' } },
    Paper: { defaultProps: { radius: 'md' } },
    Modal: {
      defaultProps: {
        radius: 'md',
        overlayProps: { backgroundOpacity: 0.45, blur: 2 },
        closeButtonProps: { 'aria-label': 'Close' },
      },
      styles: { title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } },
    },
    Drawer: { defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } },
    Fieldset: {
      defaultProps: { radius: 'md' },
      styles: { legend: { fontWeight: 650, fontSize: 'var(--mantine-font-size-md)', padding: '0 6px' } },
    },
    Tooltip: { defaultProps: { withArrow: true, openDelay: 200 } },
    Table: { defaultProps: { verticalSpacing: 'sm', highlightOnHover: true } },
    Progress: { defaultProps: { radius: 'xl' } },
  },
});
