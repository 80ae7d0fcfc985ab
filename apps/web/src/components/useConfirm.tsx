import { useState, type ReactNode } from 'react';
import { ConfirmDialog } from './ConfirmDialog';

export interface ConfirmRequest {
  title: string;
  message: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
}

/** The app's one way to ask before acting: `ask(...)` opens the ConfirmDialog that `dialog` renders. */
export function useConfirm(): { dialog: ReactNode; ask: (request: ConfirmRequest) => void } {
  const [request, setRequest] = useState<ConfirmRequest | null>(null);
  const dialog = (
    <ConfirmDialog
      opened={request !== null}
      title={request?.title ?? ''}
      confirmLabel={request?.confirmLabel ?? ''}
      onCancel={() => setRequest(null)}
      onConfirm={() => {
        request?.onConfirm();
        setRequest(null);
      }}
    >
      {request?.message}
    </ConfirmDialog>
  );
  return { dialog, ask: setRequest };
}
