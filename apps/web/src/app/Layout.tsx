import { Anchor, AppShell, Burger, Button, Group, Menu, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, NavLink, Outlet, useNavigate } from 'react-router';
import { NotificationBell } from '../features/notifications/components/NotificationBell';
import { useAuth } from '../lib/auth';

const NAV = [
  { to: '/hubs', label: 'My hubs', auth: true },
  { to: '/directory', label: 'Directory', auth: false },
  { to: '/ratings', label: 'Ratings', auth: false },
  { to: '/challenges', label: 'Challenges', auth: false },
  { to: '/network', label: 'Network', auth: true },
  { to: '/notifications', label: 'Inbox', auth: true },
  { to: '/board', label: 'My board', auth: true },
];

export function Layout() {
  const { user, signOut } = useAuth();
  const [opened, { toggle, close }] = useDisclosure();
  const navigate = useNavigate();
  const links = NAV.filter((item) => !item.auth || user);
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened, desktop: true } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group wrap="nowrap" gap="sm">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Open navigation" />
            <Anchor component={Link} to="/" fw={700} size="lg" underline="never">
              Hubspoke
            </Anchor>
            <Group gap="xs" visibleFrom="sm" component="nav" aria-label="Main">
              {links.map((item) => (
                <Button key={item.to} component={NavLink} to={item.to} variant="subtle" size="compact-md">
                  {item.label}
                </Button>
              ))}
            </Group>
          </Group>
          {user ? (
            <Group gap="xs" wrap="nowrap">
              <NotificationBell />
              <Menu position="bottom-end">
                <Menu.Target>
                  <UnstyledButton aria-label={`Account: ${user.name}`}>
                    <Text size="sm" fw={500} truncate maw={140}>
                      {user.name}
                    </Text>
                  </UnstyledButton>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Label>{user.email}</Menu.Label>
                  <Menu.Item onClick={() => void signOut().then(() => navigate('/signin'))}>Sign out</Menu.Item>
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
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
