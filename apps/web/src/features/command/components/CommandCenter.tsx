import { lazy, Suspense, useState } from 'react';
import { useMatch } from 'react-router';
import { useCommandHotkeys } from '../hooks/useCommandHotkeys';

// their own chunks, loaded on first use: the pages' bundles do not grow
const CommandPalette = lazy(() => import('./CommandPalette'));
const ShortcutsDialog = lazy(() => import('./ShortcutsDialog'));

/** The keyboard shortcuts, the command palette (Ctrl/⌘ K) and the `?` list of shortcuts, for a signed-in person. */
export function CommandCenter() {
  const [open, setOpen] = useState<'palette' | 'help' | null>(null);
  const hubMatch = useMatch('/hubs/:hubId/*')?.params.hubId;
  const hubId = hubMatch && hubMatch !== 'new' ? hubMatch : null;
  useCommandHotkeys(hubId, { palette: () => setOpen('palette'), help: () => setOpen('help') });
  const close = () => setOpen(null);
  return (
    <Suspense fallback={null}>
      {open === 'palette' && <CommandPalette hubId={hubId} onClose={close} onHelp={() => setOpen('help')} />}
      {open === 'help' && <ShortcutsDialog onClose={close} />}
    </Suspense>
  );
}
