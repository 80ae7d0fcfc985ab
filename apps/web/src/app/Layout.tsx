import { Anchor, AppShell, Avatar, Burger, Button, Group, Menu, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, NavLink, Outlet } from 'react-router';
import { ConfirmEmailBanner } from '../features/auth/components/ConfirmEmailBanner';
import { CommandCenter } from '../features/command';
import { useSignOut } from '../features/auth/hooks/useSignOut';
import { NotificationBell } from '../features/notifications/components/NotificationBell';
import { useAuth } from '../lib/auth';

// eight links fit on one line from the 'lg' breakpoint (1200 px); narrower screens get the menu
const NAV = [
  { to: '/hubs', label: 'My hubs', auth: true },
  { to: '/directory', label: 'Directory', auth: false },
  { to: '/ratings', label: 'Ratings', auth: false },
  { to: '/challenges', label: 'Challenges', auth: false },
  { to: '/network', label: 'Network', auth: false },
  { to: '/organizations', label: 'Organizations', auth: true },
  { to: '/notifications', label: 'Inbox', auth: true },
  { to: '/board', label: 'My board', auth: true },
];

export function Layout() {
  const { user } = useAuth();
  const signOut = useSignOut();
  const [opened, { toggle, close }] = useDisclosure();
  const links = NAV.filter((item) => !item.auth || user);
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: 'lg', collapsed: { mobile: !opened, desktop: true } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group wrap="nowrap" gap="sm">
            <Burger opened={opened} onClick={toggle} hiddenFrom="lg" size="sm" aria-label="Open navigation" />
            <Anchor component={Link} to="/" fw={700} size="lg" underline="never">
              Hubspoke
            </Anchor>
            <Group gap="xs" visibleFrom="lg" component="nav" aria-label="Main">
              {links.map((item) => (
                <Button key={item.to} component={NavLink} to={item.to} variant="subtle" size="compact-md">
                  {item.label}
                </Button>
              ))}
            </Group>
          </Group>
          {user ? (
            <Group gap="xs" wrap="nowrap">
              {user.emailVerified && (
                <Button component={NavLink} to="/me/work" variant="subtle" size="compact-md">
                  My work
                </Button>
              )}
              {user.emailVerified && <NotificationBell />}
              <Menu position="bottom-end">
                <Menu.Target>
                  <UnstyledButton aria-label={`Account: ${user.name}`}>
                    <Text size="sm" fw={500} truncate maw={140} visibleFrom="sm">
                      {user.name}
                    </Text>
                    {/* on a phone the initials, so that the header fits */}
                    <Avatar name={user.name} color="initials" size="sm" hiddenFrom="sm" aria-hidden />
                  </UnstyledButton>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Label>{user.email}</Menu.Label>
                  <Menu.Item component={Link} to="/account">
                    Your account
                  </Menu.Item>
                  <Menu.Item onClick={() => void signOut()}>Sign out</Menu.Item>
                </Menu.Dropdown>
              </Menu>
            </Group>
          ) : (
            <Group gap="xs" wrap="nowrap">
              <Button component={Link} to="/signin" variant="subtle" size="compact-md">
                Sign in
              </Button>
              <Button component={Link} to="/register" size="compact-md">
                Register
              </Button>
            </Group>
          )}
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="md" component="nav" aria-label="Main (mobile)">
        <Stack gap="xs">
          {links.map((item) => (
            <Button key={item.to} component={NavLink} to={item.to} variant="subtle" justify="start" onClick={close}>
              {item.label}
            </Button>
          ))}
        </Stack>
      </AppShell.Navbar>
      {user?.emailVerified && <CommandCenter />}
      <AppShell.Main>
        {user && !user.emailVerified && <ConfirmEmailBanner email={user.email} />}
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
