import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { MapEdgeAttributes, MapGraph, MapNodeAttributes } from './buildGraph';
import { DIMMED_COLOR } from './palette';

export interface Highlight {
  /** The organization whose neighbourhood stands out: the hovered one, else the selected one. */
  focus: string | null;
  selected: string | null;
  /** Organizations marked on the map (the what-if's members). */
  marked: ReadonlySet<string>;
}

type NodeReducer = (node: string, data: MapNodeAttributes) => Partial<NodeDisplayData>;
type EdgeReducer = (edge: string, data: MapEdgeAttributes) => Partial<EdgeDisplayData>;

/** Up to this many neighbours of the focus get their label shown. */
const LABELLED_NEIGHBOURS = 30;

/**
 * Sigma's reducers for a highlight: the focus and its neighbours keep their colours (and labels), everything else
 * is dimmed and unlabelled, and only the focus's ties are drawn. Without a focus, marked and selected organizations
 * are ringed and labelled.
 */
export function highlightReducers(graph: MapGraph, { focus, selected, marked }: Highlight) {
  const inGraph = focus !== null && graph.hasNode(focus);
  const neighbours = new Set(inGraph ? graph.neighbors(focus) : []);
  const labelNeighbours = neighbours.size <= LABELLED_NEIGHBOURS;

  const nodeReducer: NodeReducer = (node, data) => {
    const emphasised = node === selected || marked.has(node);
    if (!inGraph) return emphasised ? { ...data, highlighted: true, forceLabel: true, zIndex: 2 } : data;
    if (node === focus) return { ...data, highlighted: true, forceLabel: true, zIndex: 3 };
    if (neighbours.has(node))
      return { ...data, highlighted: emphasised, forceLabel: labelNeighbours || emphasised, zIndex: 2 };
    return { ...data, color: DIMMED_COLOR, label: null, highlighted: false, zIndex: 0 };
  };
  const edgeReducer: EdgeReducer = (edge, data) => {
    if (!inGraph) return data;
    return graph.hasExtremity(edge, focus) ? { ...data, zIndex: 1 } : { ...data, hidden: true };
  };
  return { nodeReducer, edgeReducer };
}
