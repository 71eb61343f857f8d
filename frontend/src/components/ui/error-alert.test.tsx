import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { ApiError } from '../../lib/api-error';
import { renderWithTexts } from '../../testing/render-with-texts';

import { ErrorAlert } from './error-alert';

describe('the error alert', () => {
  it('says a refusal is one, and why, as the server put it', () => {
    const refused = new ApiError({
      status: 403,
      detail: 'Only a lab lead of Norrvik municipality screens ideas.',
    });
    renderWithTexts(<ErrorAlert title="Not recorded" error={refused} />);

    expect(
      screen.getByText(/Only a lab lead of Norrvik municipality screens ideas\./),
    ).toBeVisible();
  });

  it("shows the server's detail of any other problem", () => {
    renderWithTexts(
      <ErrorAlert
        title="Not saved"
        error={new ApiError({ status: 400, detail: 'Title is blank.' })}
      />,
    );

    expect(screen.getByText('Title is blank.')).toBeVisible();
  });
});
