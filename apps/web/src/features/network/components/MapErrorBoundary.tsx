import { Alert } from '@mantine/core';
import { Component, type ReactNode } from 'react';

/** The map needs WebGL; without it (or on any error drawing it) the rest of the page still works. */
export class MapErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    if (this.state.failed)
      return (
        <Alert color="yellow" title="The map cannot be drawn here" role="status">
          It needs WebGL, which this browser does not offer. The search and the insights below still lead to every
          organization.
        </Alert>
      );
    return this.props.children;
  }
}
