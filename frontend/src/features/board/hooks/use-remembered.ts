import { useCallback, useState } from 'react';

function read<T>(key: string, initial: T): T {
  try {
    const stored = window.localStorage.getItem(key);
    return stored === null ? initial : (JSON.parse(stored) as T);
  } catch {
    return initial;
  }
}

/**
 * A piece of the board's layout the reader chose (filters shown, a column opened), kept in this
 * browser so the board looks the same next time. Without storage it is kept for the visit.
 */
export function useRemembered<T>(key: string, initial: T): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(() => read(key, initial));
  const remember = useCallback(
    (next: T) => {
      setValue(next);
      try {
        window.localStorage.setItem(key, JSON.stringify(next));
      } catch {
        // Storage full or refused: the choice lasts for this visit only.
      }
    },
    [key],
  );
  return [value, remember];
}
