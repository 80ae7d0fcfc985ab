import {
  NOTIFICATION_GROUPS,
  NOTIFICATION_KINDS,
  type NotificationChannel,
  type NotificationGroup,
  type NotificationSettingDto,
} from '@hubspoke/contracts';
import { Alert, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { QueryView } from '../../../components/QueryView';
import { errorMessage } from '../../../lib/api';
import { useNotificationSettings } from '../hooks/useNotificationSettings';
import { useSaveNotificationSetting } from '../hooks/useSaveNotificationSetting';

const CHANNELS: { value: NotificationChannel; label: string }[] = [
  { value: 'in_app', label: 'In the app' },
  { value: 'email', label: 'Email too' },
  { value: 'off', label: 'Off' },
];

function KindRow({ setting }: { setting: NotificationSettingDto }) {
  const save = useSaveNotificationSetting();
  const kind = NOTIFICATION_KINDS[setting.type];
  const labelId = `notification-kind-${setting.type}`;
  return (
    <Stack component="li" gap={4}>
      <Text fw={500} id={labelId}>
        {kind.label}
      </Text>
      <Text size="xs" c="dimmed">
        Who hears of it: {kind.audience.charAt(0).toLowerCase() + kind.audience.slice(1)}
      </Text>
      <SegmentedControl
        aria-labelledby={labelId}
        data={CHANNELS}
        value={setting.channel}
        onChange={(channel) => save.mutate({ type: setting.type, channel: channel as NotificationChannel })}
        size="xs"
        style={{ alignSelf: 'start' }}
      />
      {save.isError && (
        <Alert color="red" role="alert" p="xs">
          {errorMessage(save.error)}
        </Alert>
      )}
    </Stack>
  );
}

/** How the person hears of each kind of notification: in the app, by email as well, or not at all. */
export function NotificationSettings() {
  const settings = useNotificationSettings();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="notification-settings" id="notifications">
      <Title order={2} size="h4" id="notification-settings" mb={4}>
        Notifications
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        In the app, each one waits in your inbox and rings the bell. With email too, you also get an email: at most one
        every few minutes, collecting what came meanwhile. A hub’s digest unsubscribe link stops its emails of both
        kinds.
      </Text>
      <QueryView query={settings}>
        {({ settings: all }) => (
          <Stack gap="md">
            {(Object.keys(NOTIFICATION_GROUPS) as NotificationGroup[]).map((group) => (
              <Stack key={group} gap="xs">
                <Title order={3} size="h5">
                  {NOTIFICATION_GROUPS[group]}
                </Title>
                <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
                  {all
                    .filter((s) => NOTIFICATION_KINDS[s.type].group === group)
                    .map((s) => (
                      <KindRow key={s.type} setting={s} />
                    ))}
                </Stack>
              </Stack>
            ))}
          </Stack>
        )}
      </QueryView>
    </Paper>
  );
}
