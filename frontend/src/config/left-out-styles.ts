/**
 * Designsystemet's components whose styles the build leaves out of the app's CSS (vite.config.ts),
 * because no page uses them: about a quarter of the render-blocking CSS (docs/benchmarks.md, 9).
 * Each is found by how its block in Designsystemet's stylesheet begins; the build fails if one is
 * no longer there. Using one of these components? Take it off this list first (a test checks).
 */
export const leftOutStyles = [
  { components: ['Card'], className: 'ds-card', blockStart: '.ds-card{' },
  { components: ['Chip'], className: 'ds-chip', blockStart: '.ds-chip{' },
  { components: ['Tabs'], className: 'ds-tabs', blockStart: '.ds-tabs ' },
  { components: ['Skeleton'], className: 'ds-skeleton', blockStart: '.ds-skeleton{' },
  { components: ['ToggleGroup'], className: 'ds-toggle-group', blockStart: '.ds-toggle-group,' },
  { components: ['Tooltip'], className: 'ds-tooltip', blockStart: '[data-tooltip]{' },
  { components: ['Breadcrumbs'], className: 'ds-breadcrumbs', blockStart: '.ds-breadcrumbs{' },
  { components: ['Avatar'], className: 'ds-avatar', blockStart: '.ds-avatar:focus-visible{' },
  {
    components: ['AvatarStack'],
    className: 'ds-avatar-stack',
    blockStart: '@property --_dsc-avatar-stack-overlap',
  },
  {
    components: ['Search', 'Suggestion', 'EXPERIMENTAL_Suggestion'],
    className: 'ds-search',
    blockStart: '.ds-search{',
  },
] as const;
