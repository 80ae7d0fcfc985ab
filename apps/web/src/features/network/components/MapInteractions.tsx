import { useRegisterEvents, useSigma } from '@react-sigma/core';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { MapEdgeAttributes, MapGraph, MapNodeAttributes } from '../map/buildGraph';
import { highlightReducers } from '../map/highlight';

interface Props {
  graph: MapGraph;
  selected: string | null;
  marked: ReadonlySet<string>;
  onSelect: (id: string | null) => void;
  /** The camera follows the selection again once the layout has settled. */
  layoutDone: boolean;
}

/** Inside the sigma container: hover and click, the highlight reducers, and the camera following the selection. */
export function MapInteractions({ graph, selected, marked, onSelect, layoutDone }: Props) {
  const sigma = useSigma<MapNodeAttributes, MapEdgeAttributes>();
  const registerEvents = useRegisterEvents();
  const navigate = useNavigate();
  const [hovered, setHovered] = useState<string | null>(null);
  /** The node last clicked on the map: the camera does not jump to what the user just clicked. */
  const clicked = useRef<string | null>(null);

  useEffect(() => {
    registerEvents({
      enterNode: ({ node }) => {
        setHovered(node);
        sigma.getContainer().style.cursor = 'pointer';
      },
      leaveNode: () => {
        setHovered(null);
        sigma.getContainer().style.cursor = '';
      },
      clickNode: ({ node }) => {
        // a hub of the hub layer opens its public page
        const hubSlug = sigma.getGraph().getNodeAttribute(node, 'hubSlug');
        if (hubSlug) return void navigate(`/h/${hubSlug}`);
        clicked.current = node;
        onSelect(node);
      },
      clickStage: () => onSelect(null),
    });
  }, [registerEvents, sigma, onSelect, navigate]);

  useEffect(() => {
    sigma.setSettings(highlightReducers(graph, { focus: hovered ?? selected, selected, marked }));
  }, [sigma, graph, hovered, selected, marked]);

  useEffect(() => {
    if (selected !== clicked.current) clicked.current = null;
    if (!selected || clicked.current || !graph.hasNode(selected)) return;
    // the display data may be mid-refresh (raw coordinates): go from the graph's coordinates to the camera's
    const { x, y } = graph.getNodeAttributes(selected);
    const target = sigma.viewportToFramedGraph(sigma.graphToViewport({ x, y }));
    const camera = sigma.getCamera();
    void camera.animate({ ...target, ratio: Math.min(camera.ratio, 0.5) }, { duration: 400 });
  }, [sigma, graph, selected, layoutDone]);

  return null;
}
