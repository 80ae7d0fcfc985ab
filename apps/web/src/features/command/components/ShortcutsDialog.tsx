import { Group, Kbd, Modal, Table, Text } from '@mantine/core';
import { SHORTCUTS } from '../shortcuts';

/** The list of keyboard shortcuts (`?`). */
export default function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  return (
    <Modal
      opened
      onClose={onClose}
      title="Keyboard shortcuts"
      size="md"
      closeButtonProps={{ 'aria-label': 'Close the shortcuts' }}
    >
      <Table>
        <Table.Tbody>
          {SHORTCUTS.map((shortcut) => (
            <Table.Tr key={shortcut.keys.join(' ')}>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  {shortcut.keys.map((key, i) => (
                    <span key={`${i}-${key}`}>
                      {i > 0 && (
                        <Text span size="xs" c="dimmed" mr={4}>
                          {shortcut.keys[0] === 'g' ? 'then' : '+'}
                        </Text>
                      )}
                      <Kbd>{key}</Kbd>
                    </span>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>{shortcut.does}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Modal>
  );
}
