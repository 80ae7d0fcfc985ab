import type { OrganizationDetailDto } from '@hubspoke/contracts';
import { Badge, Button, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { removeMember, requestMembership } from '../api/organizationsApi';
import { useOrganizationAction } from '../hooks/useOrganizationAction';

/** My place in the organization: a member, a request waiting, or the form to ask to join. */
export function MembershipCard({ org, canJoin }: { org: OrganizationDetailDto; canJoin: boolean }) {
  const mine = org.myMembership;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="my-membership">
      <Title order={2} size="h4" id="my-membership" mb="xs">
        Your membership
      </Title>
      {mine?.status === 'approved' && (
        <Text>
          You are {mine.role === 'admin' ? 'an admin' : 'a member'} of {org.name}: you act for it in hubs, proposals and
          challenges.{' '}
          <Badge component="span" variant="light" color="teal">
            {mine.role === 'admin' ? 'Admin' : 'Member'}
          </Badge>
        </Text>
      )}
      {mine?.status === 'pending' && (
        <Text>
          <Badge component="span" variant="light" color="yellow" mr="xs">
            Waiting
          </Badge>
          You asked to join {org.name}. {org.claimed ? 'Its admins' : 'A platform admin'} will decide; you get an email
          then.
        </Text>
      )}
      {mine?.status === 'pending' && <WithdrawButton org={org} memberId={mine.id} />}
      {mine?.status === 'rejected' && (
        <Text mb="sm">
          Your last request to join was declined. You may ask again, saying more about who you are there.
        </Text>
      )}
      {mine?.status === 'removed' && <Text mb="sm">You are no longer a member. You may ask to join again.</Text>}
      {canJoin && <JoinForm org={org} />}
    </Paper>
  );
}

function WithdrawButton({ org, memberId }: { org: OrganizationDetailDto; memberId: string }) {
  const withdraw = useOrganizationAction(org.id, () => removeMember(org.id, memberId), {
    done: () => `Your request to join ${org.name} is withdrawn.`,
    failed: 'Request not withdrawn',
  });
  return (
    <Button variant="default" w="fit-content" mt="xs" loading={withdraw.isPending} onClick={() => withdraw.mutate()}>
      Withdraw my request
    </Button>
  );
}

function JoinForm({ org }: { org: OrganizationDetailDto }) {
  const [message, setMessage] = useState('');
  const join = useOrganizationAction(org.id, (text: string) => requestMembership(org.id, text), {
    done: () => `Your request to join ${org.name} is sent to ${org.claimed ? 'its admins' : 'the platform admins'}.`,
    failed: 'Request not sent',
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    join.mutate(message.trim());
  };
  return (
    <Stack component="form" onSubmit={submit} gap="xs">
      <Text size="sm">
        Work there? Ask to join to act for {org.name}: create its hubs, represent it in hubs, propose and fund for it.
      </Text>
      <Textarea
        label="A word for who decides"
        description="Optional: your role there, and why your address is not one of its domains"
        maxLength={500}
        autosize
        minRows={2}
        value={message}
        onChange={(e) => setMessage(e.currentTarget.value)}
      />
      <Button type="submit" w="fit-content" loading={join.isPending}>
        Ask to join
      </Button>
    </Stack>
  );
}
