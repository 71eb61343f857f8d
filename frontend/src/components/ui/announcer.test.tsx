import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { renderWithTexts } from '../../testing/render-with-texts';

import { ANNOUNCEMENT_MS, AnnouncerProvider, useAnnounce } from './announcer';

function Actions() {
  const announce = useAnnounce();
  return (
    <>
      <button
        onClick={() => {
          announce('The draft was saved.');
        }}
      >
        save
      </button>
      <button
        onClick={() => {
          announce('The idea was submitted.');
        }}
      >
        submit
      </button>
    </>
  );
}

function renderActions() {
  const view = renderWithTexts(
    <AnnouncerProvider>
      <Actions />
    </AnnouncerProvider>,
  );
  const region = view.container.querySelector('[aria-live="polite"]');
  if (!region) throw new Error('no live region');
  return { region, user: userEvent.setup() };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the announcer', () => {
  it('is one polite live region, in the page before anything is said', () => {
    const { region } = renderActions();

    expect(region).toBeEmptyDOMElement();
    expect(region).toHaveAttribute('aria-atomic', 'true');
  });

  it('says the latest confirmation only, until it is closed', async () => {
    const { region, user } = renderActions();

    await user.click(screen.getByRole('button', { name: 'save' }));
    expect(region).toHaveTextContent('The draft was saved.');
    await user.click(screen.getByRole('button', { name: 'submit' }));
    expect(region).toHaveTextContent('The idea was submitted.');
    expect(region).not.toHaveTextContent('saved');

    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(region).toBeEmptyDOMElement();
  });

  it('clears itself after a while', () => {
    vi.useFakeTimers();
    const { region } = renderActions();

    fireEvent.click(screen.getByRole('button', { name: 'save' }));
    act(() => {
      vi.advanceTimersByTime(ANNOUNCEMENT_MS - 100);
    });
    expect(region).toHaveTextContent('The draft was saved.');
    act(() => {
      vi.advanceTimersByTime(200);
    });
    expect(region).toBeEmptyDOMElement();
  });
});
