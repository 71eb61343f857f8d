import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { lena } from '../testing/fixtures';
import { server } from '../testing/server';

import { getSession } from './auth';

function session(asked: { count: number }) {
  return http.get('*/api/session', () => {
    asked.count++;
    return HttpResponse.json(lena);
  });
}

describe('reading the session', () => {
  it('asks the server who is signed in when the signed-in hint is there', async () => {
    const asked = { count: 0 };
    server.use(session(asked));

    expect(await getSession()).toEqual(lena);
    expect(asked.count).toBe(1);
  });

  it('asks nothing, and finds nobody, without the signed-in hint', async () => {
    document.cookie = 'civiclab-signed-in=; path=/; max-age=0';
    const asked = { count: 0 };
    server.use(session(asked));

    expect(await getSession()).toBeNull();
    expect(asked.count).toBe(0);
  });
});
