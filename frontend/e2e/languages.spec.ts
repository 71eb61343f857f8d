import { readFileSync } from 'node:fs';
import path from 'node:path';

import { expect, test, type Page, type Response } from '@playwright/test';

/**
 * Every page in Swedish, Danish and Dutch, read for English words. The English words are those
 * of en.json's texts, less the words the language's own texts use too ("Test", "Budget") and an
 * allow-list of names. What the demo wrote (idea titles, comments, departments, people) is data,
 * not the app's language: the test reads it from the API answers the page itself received and
 * does not count its words.
 */

interface Tree {
  [key: string]: string | Tree;
}

function texts(language: string): string[] {
  const tree = JSON.parse(
    readFileSync(path.resolve(`src/locales/${language}.json`), 'utf8'),
  ) as Tree;
  const all: string[] = [];
  const walk = (node: string | Tree) => {
    if (typeof node === 'string') all.push(node);
    else Object.values(node).forEach(walk);
  };
  walk(tree);
  return all;
}

function words(text: string): string[] {
  return (
    text
      .replace(/{{[^}]*}}/g, ' ')
      .toLowerCase()
      .match(/\p{L}[\p{L}'’]*/gu) ?? []
  ).map((word) => word.replace(/['’]s$/, ''));
}

/** Names and words that are the same in every language of the app. */
const names = new Set(
  words(
    'CivicLab Camunda Modeler BPMN JSON CSV XLSX SCIM ISO DPIA API Teams Slack Bearer ' +
      'Authorization token http https English Svenska Dansk Nederlands Norrvik Sjöstad ' +
      'SEK DKK EUR kr',
  ),
);

const english = new Set(texts('en').flatMap(words));

function englishWordsOf(language: string): Set<string> {
  const own = new Set(texts(language).flatMap(words));
  return new Set([...english].filter((word) => !own.has(word) && !names.has(word)));
}

/** Enum constants and the model's keys in an API answer are not data a person reads. */
const modelKeys =
  /^([A-Z0-9_ ]+|draft|revision|screening|plan|test|scale-decision|scaling|shelf|scaled|stopped|declined|withdrawn)$/;
/** An API answer's fields that carry the app's own texts, not data: the model's labels. */
const notData = new Set(['label', 'currentActivityNames', 'bpmnXml', 'detail', 'type']);

/** Collects the words of the data the page received from the API (not its problem details). */
function collectData(page: Page): Set<string> {
  const data = new Set<string>();
  const add = (value: unknown, key = ''): void => {
    if (typeof value === 'string') {
      if (!notData.has(key) && !modelKeys.test(value)) words(value).forEach((w) => data.add(w));
    } else if (Array.isArray(value)) {
      value.forEach((item) => {
        add(item, key);
      });
    } else if (value && typeof value === 'object') {
      Object.entries(value).forEach(([k, v]) => {
        add(v, k);
      });
    }
  };
  page.on('response', (response: Response) => {
    const type = response.headers()['content-type'] ?? '';
    if (!response.url().includes('/api/') || !type.startsWith('application/json')) return;
    response
      .json()
      .then((body: unknown) => {
        add(body);
      })
      .catch(() => undefined);
  });
  return data;
}

/** The text a person meets on the page: what it shows and what it says to screen readers. */
async function pageText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const drawing = document.querySelector('.bpmn-figure');
    const shown = document.body.innerText;
    // The process diagram's names, drawn as SVG text; its viewer's own watermark is a name.
    const drawn = [...(drawing?.querySelectorAll('svg text') ?? [])].map(
      (text) => text.textContent,
    );
    const attributes = [...document.querySelectorAll('[aria-label], [title], [placeholder]')]
      .filter((element) => !drawing?.querySelector('.bjs-powered-by')?.contains(element))
      .flatMap((element) =>
        ['aria-label', 'title', 'placeholder'].map((name) => element.getAttribute(name) ?? ''),
      );
    return [document.title, shown, ...drawn, ...attributes].join('\n');
  });
}

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await expect(page.locator('main')).toBeVisible();
  await expect(page.locator('.loading')).toHaveCount(0);
  // An idea's page: its diagram is drawn (after its viewer loads), so its names are read too.
  if ((await page.locator('.bpmn-figure').count()) > 0) {
    await expect(page.locator('.bpmn-figure svg text').first()).toBeAttached();
  }
  await page.waitForLoadState('networkidle');
}

interface Visit {
  as: string | null;
  path: string;
}

const languages = [
  { language: 'sv', locale: 'sv-SE' },
  { language: 'da', locale: 'da-DK' },
  { language: 'nl', locale: 'nl-NL' },
] as const;

/** A text of the language's file with its placeholder filled: "Log ind som {{name}}". */
function text(language: string, key: 'signIn.signInAs' | 'header.signedInAs', name: string) {
  const tree = JSON.parse(readFileSync(path.resolve(`src/locales/${language}.json`), 'utf8')) as {
    signIn: { signInAs: string };
    header: { signedInAs: string };
  };
  const template = key === 'signIn.signInAs' ? tree.signIn.signInAs : tree.header.signedInAs;
  return template.replace('{{name}}', name);
}

for (const { language, locale } of languages) {
  test.describe(`in ${language}`, () => {
    test.use({ locale });

    test(`every page speaks ${language}, with no English word`, async ({ page }) => {
      test.setTimeout(300_000);
      await page.addInitScript((chosen) => {
        window.localStorage.setItem('civiclab.language', chosen);
      }, language);
      const data = collectData(page);
      const suspects = englishWordsOf(language);
      const found: string[] = [];

      async function read(path: string, who: string) {
        await page.goto(path);
        await settle(page);
        await expect(page.locator('html')).toHaveAttribute('lang', language);
        const seen = new Set(words(await pageText(page)));
        const english = [...seen].filter((word) => suspects.has(word) && !data.has(word));
        if (english.length > 0) found.push(`${path} (${who}): ${english.sort().join(', ')}`);
      }

      async function signIn(name: string) {
        await page.context().clearCookies();
        await page.goto('/sign-in');
        await page.getByRole('button', { name: text(language, 'signIn.signInAs', name) }).click();
        await expect(page.getByText(text(language, 'header.signedInAs', name))).toBeVisible();
      }

      // Anonymous: the public portfolio, a public idea, the sign-in page, a missing page.
      const open = (await (await page.request.get('/api/open/ideas')).json()) as {
        ideas: { reference: string }[];
      };
      const publicIdea = open.ideas[0]?.reference;
      const visits: Visit[] = [
        { as: null, path: '/public' },
        ...(publicIdea ? [{ as: null, path: `/public/ideas/${publicIdea}` }] : []),
        { as: null, path: '/sign-in' },
        { as: null, path: '/no-such-page' },
      ];
      for (const visit of visits) await read(visit.path, 'anonymous');

      // A lab lead: the board, tasks, ideas at every stage, the portfolio pages, own settings.
      await signIn('Lena Holm');
      const board = (await (await page.request.get('/api/board')).json()) as {
        columns: { stage: string; cards: { id: number }[] }[];
      };
      const ideaPages = board.columns
        .map((column) => column.cards[0]?.id)
        .filter((id): id is number => id !== undefined)
        .map((id) => `/ideas/${String(id)}`);
      for (const path of [
        '/board',
        '/my-tasks',
        ...ideaPages,
        '/ideas/new',
        '/lessons',
        '/dashboard',
        '/my-data',
        '/account/tokens',
        '/settings/notifications',
      ]) {
        await read(path, 'Lena Holm');
      }

      // An executive: their tasks and the dashboard.
      await signIn('Erik Lund');
      for (const path of ['/my-tasks', '/dashboard']) await read(path, 'Erik Lund');

      // An admin: every administration page.
      await signIn('Alex Admin');
      for (const path of [
        '/admin/people',
        '/admin/organisations',
        '/admin/erasure',
        '/admin/processes',
        '/admin/lists',
        '/admin/fields',
        '/admin/webhooks',
      ]) {
        await read(path, 'Alex Admin');
      }

      expect(found, `English words on the ${language} pages`).toEqual([]);
    });
  });
}
