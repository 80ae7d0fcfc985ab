import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { errorMessage } from './api';

/** A button in a toast: "Open" the thing made, or "Undo" what was done. */
export interface FeedbackAction {
  label: string;
  onClick: () => void;
}

let shown = 0;

/** A toast's text and its actions; an action closes the toast. */
export function FeedbackMessage({ id, text, actions }: { id: string; text: string; actions: FeedbackAction[] }) {
  return (
    <Group justify="space-between" gap="xs" wrap="nowrap">
      <Text size="sm">{text}</Text>
      {actions.length > 0 && (
        <Group gap={4} wrap="nowrap">
          {actions.map((action) => (
            <Button
              key={action.label}
              size="compact-xs"
              variant="subtle"
              onClick={() => {
                notifications.hide(id);
                action.onClick();
              }}
            >
              {action.label}
            </Button>
          ))}
        </Group>
      )}
    </Group>
  );
}

/**
 * Says that an action worked, with "Open" when there is a page to go to and "Undo" only where undoing is safe (the
 * caller passes it only then: moving a task back is; re-creating a deleted one is not).
 */
export function toastSuccess(text: string, options: { open?: () => void; undo?: () => void } = {}): void {
  const id = `feedback-${++shown}`;
  const actions: FeedbackAction[] = [];
  if (options.open) actions.push({ label: 'Open', onClick: options.open });
  if (options.undo) actions.push({ label: 'Undo', onClick: options.undo });
  notifications.show({
    id,
    color: 'teal',
    message: <FeedbackMessage id={id} text={text} actions={actions} />,
    autoClose: actions.length > 0 ? 6000 : 3000,
  });
}

/** Says that an action failed and why, in the api's words. */
export function toastError(title: string, error: unknown): void {
  notifications.show({ color: 'red', title, message: errorMessage(error) });
}
