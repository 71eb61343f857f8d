import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';

import { languages, loadLanguage } from '../lib/i18n';

import { server } from './server';

// Lazy routes load their chunk first; on a busy machine that can take more than a second.
configure({ asyncUtilTimeout: 5000 });

// jsdom has no Web Animations API; Designsystemet's Spinner asks for the running animations.
if (typeof document.getAnimations !== 'function') {
  document.getAnimations = () => [];
}

// jsdom has <dialog> but not its methods; open and close it the way a browser would.
if (typeof HTMLDialogElement.prototype.showModal !== 'function') {
  HTMLDialogElement.prototype.show = function show(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    if (this.hasAttribute('open')) {
      this.removeAttribute('open');
      this.dispatchEvent(new Event('close'));
    }
  };
}

// jsdom draws no SVG: bpmn-js's viewer is replaced by one that draws nothing.
vi.mock('bpmn-js/lib/NavigatedViewer', () => ({
  default: class {
    importXML() {
      return Promise.resolve({ warnings: [] });
    }
    get() {
      return {
        zoom: () => undefined,
        addMarker: () => undefined,
      };
    }
    destroy() {
      return undefined;
    }
  },
}));

// jsdom has no ResizeObserver; recharts' responsive container asks for one.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- absent in jsdom
globalThis.ResizeObserver ??= class {
  observe() {
    return undefined;
  }
  unobserve() {
    return undefined;
  }
  disconnect() {
    return undefined;
  }
};

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  // The app fetches a language's texts when it is first used; tests have them all at once.
  await Promise.all(languages.map(loadLanguage));
});

beforeEach(() => {
  // The server sets this cookie; the app sends it back in the X-XSRF-TOKEN header.
  document.cookie = 'XSRF-TOKEN=test-csrf-token; path=/';
  // The server's hint that someone may be signed in: the app then asks who (the session's
  // handler above says whether anybody is). auth.test.ts covers its absence.
  document.cookie = 'civiclab-signed-in=1; path=/';
});

afterEach(() => {
  cleanup();
  server.resetHandlers();
  window.localStorage.clear();
  document.documentElement.lang = 'en';
});

afterAll(() => {
  server.close();
});
