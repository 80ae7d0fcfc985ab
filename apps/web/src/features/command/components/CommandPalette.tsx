import { Group, Loader, Modal, ScrollArea, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import { useSignOut } from '../../auth';
import { useSearch } from '../hooks/useSearch';
import { paletteActions, paletteResults, type PaletteItem } from '../paletteItems';

interface Props {
  hubId: string | null;
  onClose: () => void;
  onHelp: () => void;
}

const optionId = (item: PaletteItem) => `palette-${item.id}`;

/** Ctrl/⌘ K: search what you may see (the api, as you type) and run actions, by keyboard or pointer. */
export default function CommandPalette({ hubId, onClose, onHelp }: Props) {
  const navigate = useNavigate();
  const signOut = useSignOut();
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const found = useSearch(text);
  const go = (to: string) => void navigate(to);
  const items = [
    ...paletteResults(text.trim() ? found.data : undefined, go),
    ...paletteActions({ hubId, go, signOut: () => void signOut(), help: onHelp }, text),
  ];
  const current = Math.min(active, items.length - 1);
  const choose = (item: PaletteItem) => {
    onClose();
    item.run();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current + step + items.length) % Math.max(items.length, 1));
    } else if (event.key === 'Enter' && items[current]) {
      event.preventDefault();
      choose(items[current]);
    }
  };
  return (
    <Modal opened onClose={onClose} withCloseButton={false} size="lg" padding="xs" yOffset="10vh">
      <Stack gap="xs">
        <TextInput
          data-autofocus
          placeholder="Search tasks, goals, hubs, organizations, or type a command"
          aria-label="Search or run a command"
          role="combobox"
          aria-expanded
          aria-controls="palette-options"
          aria-activedescendant={items[current] ? optionId(items[current]) : undefined}
          value={text}
          onChange={(event) => {
            setText(event.currentTarget.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          rightSection={found.isFetching ? <Loader size="xs" /> : null}
        />
        <ScrollArea.Autosize mah="60vh">
          <Stack gap={2} id="palette-options" role="listbox" aria-label="Results and commands">
            {items.length === 0 && (
              <Text size="sm" c="dimmed" p="xs">
                Nothing found
              </Text>
            )}
            {items.map((item, i) => (
              <UnstyledButton
                key={item.id}
                id={optionId(item)}
                role="option"
                aria-selected={i === current}
                tabIndex={-1}
                onMouseEnter={() => setActive(i)}
                onClick={() => choose(item)}
                p="xs"
                style={{
                  borderRadius: 'var(--mantine-radius-sm)',
                  background: i === current ? 'var(--mantine-primary-color-light)' : undefined,
                }}
              >
                <Group justify="space-between" wrap="nowrap" gap="xs">
                  <Stack gap={0} style={{ minWidth: 0 }}>
                    <Text size="sm" truncate>
                      {item.label}
                    </Text>
                    {item.description && (
                      <Text size="xs" c="dimmed" truncate>
                        {item.description}
                      </Text>
                    )}
                  </Stack>
                  <Text size="xs" c="dimmed">
                    {item.group}
                  </Text>
                </Group>
              </UnstyledButton>
            ))}
          </Stack>
        </ScrollArea.Autosize>
      </Stack>
    </Modal>
  );
}
