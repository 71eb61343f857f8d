import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';

import { board, card, column, lena, sharedCard } from '../../../testing/fixtures';
import { renderRoute } from '../../../testing/render-route';
import { server, signedInAs } from '../../../testing/server';

let boardRequests: URLSearchParams[] = [];

beforeEach(() => {
  boardRequests = [];
  signedInAs(lena);
  server.use(
    http.get('*/api/board', ({ request }) => {
      boardRequests.push(new URL(request.url).searchParams);
      return HttpResponse.json(board);
    }),
  );
});

function lastBoardRequest() {
  const last = boardRequests.at(-1);
  if (!last) throw new Error('The board was not requested');
  return Object.fromEntries(last.entries());
}

describe('the board filters', () => {
  it('read the filters from a shared link and ask the API for that board', async () => {
    renderRoute('/board?department=Education&q=bike&theme=schools');

    expect(await screen.findByRole('combobox', { name: /^Department/ })).toHaveValue('Education');
    expect(screen.getByRole('searchbox', { name: /^Text/ })).toHaveValue('bike');
    expect(screen.getByRole('combobox', { name: /^Theme/ })).toHaveValue('schools');
    expect(screen.getByRole('textbox', { name: /^Owner/ })).toHaveValue('');
    expect(screen.getByText('3 filters in use')).toBeInTheDocument();
    await waitFor(() => {
      expect(lastBoardRequest()).toEqual({
        department: 'Education',
        q: 'bike',
        theme: 'schools',
        size: '20',
      });
    });
  });

  it('put the chosen filters in the address, so the filtered board is a link to share', async () => {
    const { user, router } = renderRoute('/board?q=bike');
    const text = await screen.findByRole('searchbox', { name: /^Text/ });

    await user.clear(text);
    await user.type(screen.getByRole('textbox', { name: /^Owner/ }), 'omar');
    await user.click(screen.getByRole('checkbox', { name: 'Only my organisation' }));
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));

    await waitFor(() => {
      expect(router.state.location.search).toBe('?organisation=1&owner=omar');
    });
    await waitFor(() => {
      expect(lastBoardRequest()).toEqual({ organisation: '1', owner: 'omar', size: '20' });
    });
    expect(await screen.findByText('2 filters in use')).toBeInTheDocument();
  });

  it('show the previous filters again when the user goes back, and clear them all', async () => {
    const { user, router } = renderRoute('/board?department=Education');
    const department = await screen.findByRole('combobox', { name: /^Department/ });
    await user.selectOptions(department, 'Elderly care');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    await waitFor(() => {
      expect(router.state.location.search).toBe('?department=Elderly+care');
    });

    await router.navigate(-1);

    await waitFor(() => {
      expect(screen.getByRole('combobox', { name: /^Department/ })).toHaveValue('Education');
    });
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => {
      expect(router.state.location.search).toBe('');
    });
    // The form follows the address once the page has rendered the navigation.
    await waitFor(() => {
      expect(screen.getByRole('combobox', { name: /^Department/ })).toHaveValue('');
    });
    await waitFor(() => {
      expect(lastBoardRequest()).toEqual({ size: '20' });
    });
  });
});

describe('the board', () => {
  it('shows a column per stage in the API order, with cards that say their state in words', async () => {
    renderRoute('/board');

    await screen.findByRole('heading', { level: 2, name: 'Pilot review 0 ideas' });
    const headings = screen.getAllByRole('heading', { level: 2 });
    expect(headings.map((heading) => heading.textContent)).toEqual([
      'Filter the board',
      'Screening 1 idea',
      'Test 1 idea',
      'Pilot review 0 ideas',
    ]);
    const test = screen.getByRole('region', { name: 'Test 1 idea' });
    expect(within(test).getByRole('link', { name: 'Shared open data portal' })).toHaveAttribute(
      'href',
      '/ideas/9',
    );
    expect(test).toHaveTextContent('IDEA-2026-0009');
    expect(test).toHaveTextContent('Omar Haddad');
    expect(test).toHaveTextContent('Education');
    expect(test).toHaveTextContent('1 day in this stage');
    expect(test).toHaveTextContent('Time box: ending soon');
    expect(test).toHaveTextContent('1 supporter');
    expect(
      within(screen.getByRole('region', { name: 'Pilot review 0 ideas' })).getByText(
        'No ideas here.',
      ),
    ).toBeInTheDocument();
  });

  it('folds the ended columns to their heading until the reader opens one, and remembers it', async () => {
    window.localStorage.clear();
    server.use(
      http.get('*/api/board', () =>
        HttpResponse.json({
          columns: [
            column('test', 'Test', [card(1, { title: 'Still testing' })]),
            column('stopped', 'Stopped', [card(2, { title: 'Ended for good' })], { end: true }),
          ],
        }),
      ),
    );
    const { user } = renderRoute('/board');

    const stopped = await screen.findByRole('region', { name: 'Stopped 1 idea' });
    const toggle = within(stopped).getByRole('button', { name: 'Stopped 1 idea' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(within(stopped).queryByRole('link')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Still testing' })).toBeInTheDocument();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(within(stopped).getByRole('link', { name: 'Ended for good' })).toBeInTheDocument();
    expect(
      JSON.parse(window.localStorage.getItem('civiclab.board.openEndColumns') ?? '[]'),
    ).toEqual(['stopped']);
  });

  it('shows more cards of a column on request and moves the focus to the first new one', async () => {
    const first = Array.from({ length: 20 }, (_, index) => card(100 + index));
    server.use(
      http.get('*/api/board', () =>
        HttpResponse.json({ columns: [column('plan', 'Plan', first, { total: 22 })] }),
      ),
      http.get('*/api/board/columns/plan', ({ request }) => {
        const page = new URL(request.url).searchParams.get('page');
        return HttpResponse.json(
          column('plan', 'Plan', [card(200), card(201, { title: 'The last one' })], {
            total: 22,
            page: Number(page),
          }),
        );
      }),
    );
    const { user } = renderRoute('/board');

    const plan = await screen.findByRole('region', { name: 'Plan 22 ideas' });
    expect(within(plan).getAllByRole('article')).toHaveLength(20);
    expect(plan).toHaveTextContent('Showing 20 of 22');
    await user.click(within(plan).getByRole('button', { name: 'Show more in Plan' }));

    await waitFor(() => {
      expect(within(plan).getAllByRole('article')).toHaveLength(22);
    });
    expect(within(plan).getByRole('link', { name: 'Idea number 200' })).toHaveFocus();
    expect(within(plan).queryByRole('button', { name: 'Show more in Plan' })).toBeNull();
    expect(plan).toHaveTextContent('Showing 22 of 22');
  });
});

describe("another organisation's cards", () => {
  it('show what the public sees: the organisation, no owner unless named, no support', async () => {
    server.use(
      http.get('*/api/board', () =>
        HttpResponse.json({
          columns: [
            column('test', 'Test', [
              card(9, { title: 'Our own test', supports: 2, timeBox: 'FINE' }),
              sharedCard(31, { title: 'Sjöstad’s open data portal' }),
            ]),
          ],
        }),
      ),
    );
    renderRoute('/board');

    const test = await screen.findByRole('region', { name: 'Test 2 ideas' });
    const [own, shared] = within(test).getAllByRole('article');
    if (!own || !shared) throw new Error('Cards missing');
    expect(own).toHaveTextContent('OwnerAnna Berg');
    expect(own).toHaveTextContent('2 supporters');
    expect(shared).toHaveTextContent('OrganisationSjöstad municipality');
    expect(shared).not.toHaveTextContent('Owner');
    expect(shared).not.toHaveTextContent('supporter');
    expect(shared).not.toHaveTextContent('Time box');
    expect(within(shared).queryByRole('button')).toBeNull();
  });
});
