import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';

import { server } from '../testing/server';

import { api, unwrap } from './api-client';

describe('the API client', () => {
  afterEach(() => {
    document.documentElement.lang = '';
  });

  it('asks for the server messages in the language the person chose', async () => {
    let asked: string | null = null;
    server.use(
      http.get('*/api/gates', ({ request }) => {
        asked = request.headers.get('Accept-Language');
        return HttpResponse.json([]);
      }),
    );
    document.documentElement.lang = 'sv';

    await unwrap(api.GET('/api/gates'));

    expect(asked).toBe('sv');
  });
});
