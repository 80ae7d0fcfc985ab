import { Anchor, type AnchorProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** An organization's name as a link to its page. */
export function OrganizationLink({ id, children, ...props }: { id: string; children: ReactNode } & AnchorProps) {
  return (
    <Anchor component={Link} to={`/organizations/${id}`} {...props}>
      {children}
    </Anchor>
  );
}
