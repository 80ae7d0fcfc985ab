import type { HubVisibility } from '@hubspoke/contracts';
import { Alert, Anchor, Button, Group, SegmentedControl, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { errorMessage, fieldErrors } from '../../../lib/api';
import { toastSuccess } from '../../../lib/feedback';
import { keys } from '../../../lib/keys';
import { MyOrganizationSelect } from '../../organizations';
import { createHub, type NewHub } from '../api/hubsApi';
import { SdgMultiSelect } from './SdgMultiSelect';

/** Starts a hub; its creator is the secretariat, for one of the organizations they act for. */
export default function NewHubPage() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [mission, setMission] = useState('');
  const [sdgs, setSdgs] = useState<number[]>([]);
  const [visibility, setVisibility] = useState<HubVisibility>('private');
  const [organizationId, setOrganizationId] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: (hub: NewHub) => createHub(hub),
    onSuccess: (hub) => {
      void queryClient.invalidateQueries({ queryKey: keys.myHubs });
      toastSuccess(`${hub.name} is ready: invite its members next.`);
      void navigate(`/hubs/${hub.id}/members`);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ name, mission, sdgs, visibility, organizationId: organizationId ?? '' });
  };
  const errors = fieldErrors(create.error);
  return (
    <Stack maw={640}>
      <Anchor component={Link} to="/hubs" size="sm">
        ← My hubs
      </Anchor>
      <Title order={1}>Create a hub</Title>
      <Text c="dimmed">You run it as its secretariat: you set its goals and invite its member organizations.</Text>
      <Stack component="form" onSubmit={submit} {...{ noValidate: true }}>
        <TextInput
          label="Name"
          required
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={errors.name}
        />
        <Textarea
          label="Mission"
          autosize
          minRows={3}
          value={mission}
          onChange={(e) => setMission(e.currentTarget.value)}
          error={errors.mission}
        />
        <SdgMultiSelect value={sdgs} onChange={setSdgs} error={errors.sdgs} />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="hub-visibility">
            Visibility
          </Text>
          <SegmentedControl
            aria-labelledby="hub-visibility"
            w="fit-content"
            value={visibility}
            onChange={(v) => setVisibility(v as HubVisibility)}
            data={[
              { value: 'private', label: 'Private: members only' },
              { value: 'public', label: 'Public summary' },
            ]}
          />
        </Stack>
        <MyOrganizationSelect
          label="Your organization in it"
          value={organizationId}
          onChange={setOrganizationId}
          error={errors.organizationId}
        />
        {create.isError && !Object.keys(errors).length && (
          <Alert color="red" role="alert">
            {errorMessage(create.error)}
          </Alert>
        )}
        <Group justify="end">
          <Button type="submit" loading={create.isPending}>
            Create the hub
          </Button>
        </Group>
      </Stack>
    </Stack>
  );
}
