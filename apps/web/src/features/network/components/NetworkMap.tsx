import type { NetworkGraphDto, NetworkHubLayerDto } from '@hubspoke/contracts';
import { Box, Loader, Text } from '@mantine/core';
import { SigmaContainer } from '@react-sigma/core';
import '@react-sigma/core/lib/style.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import type Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import { EdgeArrowProgram, EdgeLineProgram, EdgeRectangleProgram, NodePointProgram } from 'sigma/rendering';
import type { SizeMetric } from '../hooks/useNetworkFilters';
import { buildGraph, resizeNodes, type MapEdgeAttributes, type MapNodeAttributes } from '../map/buildGraph';
import { addHubLayer } from '../map/hubLayer';
import { runLayout, type LayoutState } from '../map/runLayout';
import { MapControls } from './MapControls';
import { MapInteractions } from './MapInteractions';

export interface NetworkMapProps {
  data: Pick<NetworkGraphDto, 'nodes' | 'edges'>;
  sizeBy: SizeMetric;
  selected: string | null;
  /** Organizations to ring on the map (the what-if's members). */
  marked: ReadonlySet<string>;
  onSelect: (id: string | null) => void;
  /** Public hubs and their federation links, drawn over the organizations once they are laid out; null: not shown. */
  hubLayer?: NetworkHubLayerDto | null;
}

/** Above this many ties, ties are thin lines and are hidden while the camera moves. */
export const LARGE_GRAPH_TIES = 5_000;

const SETTINGS: Partial<Settings<MapNodeAttributes, MapEdgeAttributes>> = {
  renderEdgeLabels: false,
  enableEdgeEvents: false,
  zIndex: true,
  labelFont: 'system-ui, sans-serif',
  labelSize: 12,
  labelDensity: 0.6,
  labelRenderedSizeThreshold: 9,
  minCameraRatio: 0.02,
  maxCameraRatio: 3,
  // discs drawn as GL points: several times cheaper than the default triangles where WebGL runs in software
  nodeProgramClasses: { circle: NodePointProgram },
  edgeProgramClasses: { line: EdgeRectangleProgram, thin: EdgeLineProgram, arrow: EdgeArrowProgram },
  // the container may be hidden (a collapsed layout) or not measured yet
  allowInvalidContainer: true,
};

/** Large graphs: one-pixel ties (a line each, not two triangles), not drawn while panning or zooming. */
const LARGE_SETTINGS: typeof SETTINGS = { ...SETTINGS, defaultEdgeType: 'thin', hideEdgesOnMove: true };

/** Numbers the graphs built, to key their renderers. */
let graphsBuilt = 0;

/**
 * The network drawn with sigma (WebGL): sector colours, sizes by centrality, ties by kind, laid out by ForceAtlas2 in
 * a web worker. The canvas is a picture to screen readers; the search and the insights lists are the way in.
 */
export function NetworkMap({ data, sizeBy, selected, marked, onSelect, hubLayer = null }: NetworkMapProps) {
  const sizeRef = useRef(sizeBy);
  sizeRef.current = sizeBy;
  const { graph, graphId } = useMemo(
    () => ({ graph: buildGraph(data, sizeRef.current), graphId: ++graphsBuilt }),
    [data],
  );
  const [layout, setLayout] = useState<LayoutState>('running');
  const [sigma, setSigma] = useState<Sigma<MapNodeAttributes, MapEdgeAttributes> | null>(null);

  useEffect(() => runLayout(graph, setLayout), [graph]);
  useEffect(() => resizeNodes(graph, sizeBy), [graph, sizeBy]);
  useEffect(
    () => (layout === 'done' && hubLayer ? addHubLayer(graph, hubLayer) : undefined),
    [graph, hubLayer, layout],
  );

  return (
    <Box
      pos="relative"
      h={{ base: 420, sm: 600 }}
      bd="1px solid var(--mantine-color-gray-3)"
      style={{ borderRadius: 'var(--mantine-radius-md)', overflow: 'hidden' }}
      data-testid="network-map"
      data-nodes={graph.order}
      data-edges={graph.size}
      data-layout={layout}
    >
      <Box
        role="img"
        aria-label={`Network map of ${graph.order} organizations and ${graph.size} ties. Select an organization with the search or from the insights.`}
        h="100%"
      >
        {/* A new graph mounts a new container: its interactions never reach the renderer the old graph's container
            killed (sigma.setSettings there threw "could not find a suitable program for node type circle"). */}
        <SigmaContainer<MapNodeAttributes, MapEdgeAttributes>
          key={graphId}
          ref={setSigma}
          graph={graph}
          settings={graph.size > LARGE_GRAPH_TIES ? LARGE_SETTINGS : SETTINGS}
          style={{ height: '100%', width: '100%' }}
        >
          <MapInteractions
            graph={graph}
            selected={selected}
            marked={marked}
            onSelect={onSelect}
            layoutDone={layout === 'done'}
          />
        </SigmaContainer>
      </Box>
      {layout === 'running' && (
        <Box pos="absolute" top={8} left={8} style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
          <Loader size="xs" aria-hidden="true" />
          <Text size="xs" c="dimmed">
            Laying out…
          </Text>
        </Box>
      )}
      <MapControls camera={sigma?.getCamera() ?? null} />
    </Box>
  );
}
