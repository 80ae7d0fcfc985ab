import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';

/** The tasks page's address parameters: the task just created (marked for a moment), and a request to create one. */
export const CREATED_PARAM = 'created';
export const NEW_PARAM = 'new';

/** Whether the task was just created here: then it is scrolled into view and marked until the parameter goes. */
export function useJustCreated<T extends HTMLElement>(taskId: string) {
  const [params] = useSearchParams();
  const ref = useRef<T | null>(null);
  const highlighted = params.get(CREATED_PARAM) === taskId;
  useEffect(() => {
    if (highlighted) ref.current?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [highlighted]);
  return { ref, highlighted };
}

/** How a just-created task stands out, on the board and in the table. */
export const HIGHLIGHT_STYLE = {
  boxShadow: '0 0 0 3px var(--mantine-color-yellow-5)',
  transition: 'box-shadow 400ms',
} as const;
