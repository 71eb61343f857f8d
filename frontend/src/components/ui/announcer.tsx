import { Button } from '@digdir/designsystemet-react';
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Announce = (message: string) => void;

const AnnounceContext = createContext<Announce>(() => undefined);

/** How long a confirmation stays on screen, unless another one replaces it first. */
export const ANNOUNCEMENT_MS = 8000;

/**
 * The app's one place that confirms what an action did: a toast, shown at the foot of the screen
 * and announced by screen readers (a polite live region that is always in the page, so the change
 * is heard; not role=status, which the pages keep for what they say about themselves). Every action says "done" through {@link useAnnounce}; nothing else keeps a
 * live region of its own for this.
 */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<{ text: string; at: number } | null>(null);
  const announce = useCallback<Announce>((text) => {
    setMessage({ text, at: Date.now() });
  }, []);

  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => {
      setMessage(null);
    }, ANNOUNCEMENT_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [message]);

  return (
    <AnnounceContext value={announce}>
      {children}
      <div aria-live="polite" aria-atomic="true" className="announcer">
        {message && (
          <div className="announcer-toast" key={message.at}>
            <span>{message.text}</span>
            <Button
              variant="tertiary"
              data-size="sm"
              aria-label={t('common.close')}
              onClick={() => {
                setMessage(null);
              }}
            >
              ×
            </Button>
          </div>
        )}
      </div>
    </AnnounceContext>
  );
}

/** Confirms an action to the user: shown for a while and read out by screen readers. */
export function useAnnounce(): Announce {
  return useContext(AnnounceContext);
}
