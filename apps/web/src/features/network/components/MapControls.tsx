import { ActionIcon, Group } from '@mantine/core';
import type { Camera } from 'sigma';

const ICON = { width: 18, height: 18, viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', strokeWidth: 2 };

/** Zoom and reset buttons for the map (labelled, reachable with the keyboard). */
export function MapControls({ camera }: { camera: Camera | null }) {
  return (
    <Group gap={4} pos="absolute" bottom={8} right={8} style={{ zIndex: 1 }}>
      <ActionIcon
        variant="default"
        aria-label="Zoom in"
        disabled={!camera}
        onClick={() => void camera?.animatedZoom(1.5)}
      >
        <svg {...ICON} aria-hidden="true">
          <path d="M12 5v14M5 12h14" />
        </svg>
      </ActionIcon>
      <ActionIcon
        variant="default"
        aria-label="Zoom out"
        disabled={!camera}
        onClick={() => void camera?.animatedUnzoom(1.5)}
      >
        <svg {...ICON} aria-hidden="true">
          <path d="M5 12h14" />
        </svg>
      </ActionIcon>
      <ActionIcon
        variant="default"
        aria-label="Show the whole network"
        disabled={!camera}
        onClick={() => void camera?.animatedReset()}
      >
        <svg {...ICON} aria-hidden="true">
          <path d="M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5" />
        </svg>
      </ActionIcon>
    </Group>
  );
}
