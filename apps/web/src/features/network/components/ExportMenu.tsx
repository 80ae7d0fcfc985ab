import { Button, Menu } from '@mantine/core';
import { NETWORK_FILE_KINDS, type NetworkFileKind } from '../api/networkFilesApi';
import { useNetworkExport } from '../hooks/useNetworkExport';

const KINDS = Object.keys(NETWORK_FILE_KINDS) as NetworkFileKind[];

/** Downloads the network's organizations and relationships, as files an import takes back. */
export function ExportMenu() {
  const download = useNetworkExport();
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button variant="default" loading={download.isPending}>
          Export
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Organizations and relationships</Menu.Label>
        {KINDS.map((kind) => (
          <Menu.Item key={kind} onClick={() => download.mutate(kind)}>
            {NETWORK_FILE_KINDS[kind].label}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
