import { hubAllows, type HubStanding, type TaskDto } from '@hubspoke/contracts';
import { Alert, Button, Divider, Drawer, Group, Stack } from '@mantine/core';
import { errorMessage } from '../../../lib/api';
import { usePresenceViewing } from '../../../lib/live/usePresenceViewing';
import { CommentThread } from '../../comments';
import { PresenceAvatars } from '../../workspace';
import { useTaskEditor } from '../hooks/useTaskEditor';
import type { Option } from '../hooks/useTaskLookups';
import { DeleteTaskButton } from './DeleteTaskButton';
import { StaleEditAlert } from './StaleEditAlert';
import { TaskForm } from './TaskForm';
import { valuesOf } from './taskForm';

interface Props {
  hubId: string;
  task: TaskDto;
  me: HubStanding;
  orgOptions: Option[];
  goalOptions: Option[];
  peopleOf: (orgId: string | null) => Option[];
  onClose: () => void;
}

function TaskEditor({ hubId, task, me, orgOptions, goalOptions, peopleOf, onClose }: Props) {
  const editor = useTaskEditor(hubId, task);
  const editable = hubAllows(me, 'task.edit', task);
  usePresenceViewing(hubId, 'task', task.id);
  return (
    <Stack>
      <PresenceAvatars hubId={hubId} viewing={{ type: 'task', id: task.id }} />
      {editor.conflict && (
        <StaleEditAlert
          changed={editor.theirChanges}
          theirs={valuesOf(editor.conflict)}
          onReapply={editor.reapply}
          onDiscard={editor.discard}
          busy={editor.saving}
        />
      )}
      {editor.error != null && (
        <Alert color="red" role="alert">
          {errorMessage(editor.error)}
        </Alert>
      )}
      <TaskForm
        values={editor.values}
        onChange={editor.setValues}
        errors={editor.errors}
        readOnly={!editable}
        orgOptions={orgOptions}
        goalOptions={goalOptions}
        peopleOf={peopleOf}
      />
      {editable && !editor.conflict && (
        <Group justify="space-between">
          <Button onClick={editor.save} disabled={!editor.dirty} loading={editor.saving}>
            Save
          </Button>
          <DeleteTaskButton hubId={hubId} task={task} onDeleted={onClose} />
        </Group>
      )}
      <Divider />
      <CommentThread hubId={hubId} type="task" id={task.id} canComment={hubAllows(me, 'comment.create')} />
    </Stack>
  );
}

export function TaskPanel(props: Props) {
  return (
    <Drawer
      opened
      onClose={props.onClose}
      position="right"
      size="md"
      title={props.task.title}
      closeButtonProps={{ 'aria-label': 'Close task panel' }}
    >
      <TaskEditor key={props.task.id} {...props} />
    </Drawer>
  );
}
