import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';

import type { CurrentUser } from '../lib/api-types';

import { colleagues, demoUsers, gates, pickLists } from './fixtures';

/** The API as the tests see it: nobody signed in, unless a test says otherwise. */
export const server = setupServer(
  http.get('*/api/session', () =>
    HttpResponse.json(
      { title: 'Not signed in', status: 401, detail: "Sign in to use CivicLab's API" },
      { status: 401 },
    ),
  ),
  http.get('*/api/session/demo-users', () => HttpResponse.json(demoUsers)),
  http.get('*/api/session/providers', () => HttpResponse.json([])),
  http.get('*/api/gates', () => HttpResponse.json(gates)),
  http.get('*/api/colleagues', () => HttpResponse.json(colleagues)),
  http.get('*/api/lists', () => HttpResponse.json(pickLists)),
  http.get('*/api/custom-fields', () => HttpResponse.json([])),
  http.get('*/api/notifications/unread', () => HttpResponse.json({ unread: 0 })),
  http.get('*/api/ideas/:id/following', () => HttpResponse.json({ following: false })),
);

/** Makes the API answer as if `user` had signed in. */
export function signedInAs(user: CurrentUser) {
  server.use(http.get('*/api/session', () => HttpResponse.json(user)));
}

export function problem(
  status: number,
  detail: string,
  errors?: { field: string; message: string }[],
) {
  return HttpResponse.json(
    { type: 'about:blank', title: 'Problem', status, detail, ...(errors ? { errors } : {}) },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

/** A refused gate decision, as the server says it: why (a GateRight) and who may instead. */
export function gateRefusal(reason: string, mayPass: string[], detail: string) {
  return HttpResponse.json(
    { type: 'about:blank', title: 'Forbidden', status: 403, detail, reason, mayPass },
    { status: 403, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

/**
 * An idea's parts (decisions, experiments, impact, comments) as empty lists, and its diagram
 * with the idea at screening.
 */
export function emptyIdeaParts(id: number) {
  return [
    http.get(`*/api/ideas/${String(id)}/diagram`, () =>
      HttpResponse.json({
        bpmnXml: '<definitions/>',
        modelVersion: 1,
        currentActivityIds: ['UserTask_ScreenIdea'],
        currentActivityNames: ['Screen idea'],
      }),
    ),
    http.get(`*/api/ideas/${String(id)}/following`, () => HttpResponse.json({ following: false })),
    http.get(`*/api/ideas/${String(id)}/*`, () => HttpResponse.json([])),
  ];
}
