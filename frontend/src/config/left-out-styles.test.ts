import { describe, expect, it } from 'vitest';

import { leftOutStyles } from './left-out-styles';

const sources = import.meta.glob<string>(
  ['/src/**/*.{ts,tsx,css}', '!/src/config/left-out-styles*'],
  {
    query: '?raw',
    import: 'default',
    eager: true,
  },
);

/** The names a file imports from Designsystemet's React package. */
function designsystemetImports(source: string): string[] {
  return [
    ...source.matchAll(
      /import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*'@digdir\/designsystemet-react'/g,
    ),
  ]
    .flatMap((match) => (match[1] ?? '').split(','))
    .map((name) => name.trim().split(/\s+/)[0] ?? '')
    .filter((name) => name !== '');
}

describe('the Designsystemet styles the build leaves out', () => {
  it('were found in the sources', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(100);
  });

  it.each(leftOutStyles.map((style) => [style.components.join(', '), style] as const))(
    'belong to components no page uses: %s',
    (_, style) => {
      const users = Object.entries(sources)
        .filter(
          ([, source]) =>
            designsystemetImports(source).some((name) =>
              (style.components as readonly string[]).includes(name),
            ) || new RegExp(`\\b${style.className}\\b`).test(source),
        )
        .map(([file]) => file);
      expect(users).toEqual([]);
    },
  );

  it('would notice a page that starts using one', () => {
    expect(
      designsystemetImports("import { Button, Tabs } from '@digdir/designsystemet-react';"),
    ).toEqual(['Button', 'Tabs']);
  });
});
