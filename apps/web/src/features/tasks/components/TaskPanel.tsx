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
import { GroupOnlyBadge, useGroupRoleOf } from '../../groups';

interface Props {
  hubId: string;
  task: TaskDto;
  me: HubStanding;
  orgOptions: Option[];
  goalOptions: Option[];
  groupOptions?: Option[];
  peopleOf: (orgId: string | null) => Option[];
  onClose: () => void;
}

function TaskEditor({ hubId, task, me, orgOptions, goalOptions, groupOptions, peopleOf, onClose }: Props) {
  const editor = useTaskEditor(hubId, task);
  const groupRoleOf = useGroupRoleOf(hubId);
  const editable = hubAllows(me, 'task.edit', { ...task, groupRole: groupRoleOf(task.workingGroupId) });
  usePresenceViewing(hubId, 'task', task.id);
  return (
    <Stack>
      <Group justify="space-between">
        <PresenceAvatars hubId={hubId} viewing={{ type: 'task', id: task.id }} />
        <GroupOnlyBadge item={task} />
      </Group>
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
        groupOptions={groupOptions}
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
