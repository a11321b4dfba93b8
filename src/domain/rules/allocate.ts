import { FlowNetwork } from './flow';
import { nestedKindNodes, trimCrossingKindCaps } from './kind-caps';
import { addCause, CATEGORY_MAX, KIND_CAP, OUTSIDE_CAP } from './left-out-causes';
import type { Allocation, AllocationRules, CreditChunks } from './allocation';

/**
 * Choosing WHAT counts when credit must be capped, exactly, with a max-flow.
 *
 * Network (all amounts in hundredths of a point):
 *   source ─► [outside cap node] ─► [kind cap node] ─► category node ─► sink
 * Credit from approved providers hangs off the source directly; outside credit hangs off
 * the outside-cap node (capacity = total required − approved minimum). A kind with a
 * point cap gets its own node under whichever of the two holds all its credit. Chunks of
 * credit that share a parent and a category are one edge: an activity node would never
 * constrain anything (its inflow equals the sum of its chunks), so merging keeps the
 * network a few dozen edges however many activities there are.
 *
 * Phases, each continuing the previous flow (raising capacities keeps a flow valid, and
 * augmenting never lowers the flow into the sink through any category):
 *   1a/1b  category→sink capped at the category minimum: saturate minimums, approved
 *          credit first, then outside credit too.
 *   2a/2b  category→sink raised to the category maximum: count everything else that
 *          may count, approved first.
 * Phase 1 reaches the largest possible minimum coverage, phase 2 the largest possible
 * total (the max-flow value), so category minimums are met whenever any choice can meet
 * them and the total is maximal. Approved-first keeps outside credit for where it is
 * needed. Flow on a merged edge is handed to its chunks in order (earliest activity
 * first), which makes the outcome independent of the order activities were given in.
 *
 * A kind point cap whose credit is both approved and outside cannot be nested in this
 * tree (the two limits would cross); such a kind is trimmed beforehand, approved credit
 * first and then earliest first. Built-in packs have no kind point caps.
 */

export function allocateCredit(chunks: CreditChunks, rules: AllocationRules): Allocation {
  const { count } = chunks;
  const results: Allocation = {
    counted: new Float64Array(count),
    leftOut: new Float64Array(count),
    causes: new Uint8Array(count),
  };
  const available = trimCrossingKindCaps(chunks, rules, results);
  let infinity = 1;
  for (let i = 0; i < count; i++) infinity += available[i] as number;

  const net = new FlowNetwork();
  const source = net.addNode();
  const sink = net.addNode();

  const open = rules.categories.length === 0;
  const categories = open ? [{ key: '', min: 0, max: null }] : rules.categories;
  const categoryNodes = new Map<string, { node: number; edge: number; min: number; max: number | null }>();
  for (const c of categories) {
    const node = net.addNode();
    const firstCap = Math.min(c.min, c.max ?? c.min);
    categoryNodes.set(c.key, { node, edge: net.addEdge(node, sink, firstCap), ...c });
  }
  const openCategory = open ? categoryNodes.get('') : undefined;

  let outside: { node: number; edge: number } | null = null;
  if (rules.outsideCap !== null) {
    const node = net.addNode();
    outside = { node, edge: net.addEdge(source, node, 0) };
  }
  const kindNodes = nestedKindNodes(chunks, available, rules, net, source, outside);
  // By category and kind number, as plain numbers: the loops over chunks look nothing up by name.
  const paths: Paths = {
    source,
    outside: outside ? outside.node : -1,
    categoryNode: new Int32Array(chunks.categoryNames.length).fill(-1),
    categoryEdge: new Int32Array(chunks.categoryNames.length).fill(-1),
    categoryCapped: new Uint8Array(chunks.categoryNames.length),
    kindNode: new Int32Array(chunks.kindNames.length).fill(-1),
    kindEdge: new Int32Array(chunks.kindNames.length).fill(-1),
  };
  chunks.categoryNames.forEach((name, number) => {
    const target = openCategory ?? categoryNodes.get(name);
    if (!target) return;
    paths.categoryNode[number] = target.node;
    paths.categoryEdge[number] = target.edge;
    paths.categoryCapped[number] = target.max === null ? 0 : 1;
  });
  chunks.kindNames.forEach((name, number) => {
    const capped = kindNodes.get(name);
    if (!capped) return;
    paths.kindNode[number] = capped.node;
    paths.kindEdge[number] = capped.edge;
  });

  const groups = groupChunks(chunks, available, paths, net);

  const outsideCap = rules.outsideCap ?? 0;
  net.augment(source, sink); // 1a: minimums from approved credit
  if (outside) net.setCapacity(outside.edge, outsideCap);
  net.augment(source, sink); // 1b: minimums from any credit
  for (const c of categoryNodes.values()) net.setCapacity(c.edge, c.max ?? infinity);
  if (outside) net.setCapacity(outside.edge, net.flow(outside.edge));
  net.augment(source, sink); // 2a: the rest, approved credit first
  if (outside) net.setCapacity(outside.edge, outsideCap);
  net.augment(source, sink); // 2b: the rest

  handOut(chunks, available, paths, groups, net, outside !== null && net.saturated(outside.edge), results);
  return results;
}

/** Where a chunk's credit flows, by category and kind number (-1: none). */
interface Paths {
  source: number;
  outside: number;
  categoryNode: Int32Array;
  categoryEdge: Int32Array;
  /** 1 when the category has a maximum. */
  categoryCapped: Uint8Array;
  kindNode: Int32Array;
  kindEdge: Int32Array;
}

/** One edge per (parent, category), in the order chunks first reach it; each chunk's group, or -1. */
function groupChunks(
  chunks: CreditChunks,
  available: Float64Array,
  paths: Paths,
  net: FlowNetwork,
): { of: Int32Array; edges: number[] } {
  const { count, owner, category, approved, kind } = chunks;
  const of = new Int32Array(count).fill(-1);
  const keys = new Map<number, number>();
  const edges: number[] = [];
  const points: number[] = [];
  for (let i = 0; i < count; i++) {
    const target = paths.categoryNode[category[i] as number] as number;
    const free = available[i] as number;
    if (target < 0 || free <= 0) continue;
    const who = owner[i] as number;
    const kindNode = paths.kindNode[kind[who] as number] as number;
    const parent =
      kindNode >= 0 ? kindNode : paths.outside >= 0 && !approved[who] ? paths.outside : paths.source;
    const key = parent * 0x10000 + target;
    let group = keys.get(key);
    if (group === undefined) {
      group = edges.length;
      keys.set(key, group);
      edges.push(net.addEdge(parent, target, 0));
      points.push(0);
    }
    of[i] = group;
    points[group] = (points[group] as number) + free;
  }
  edges.forEach((edge, group) => net.setCapacity(edge, points[group] as number));
  return { of, edges };
}

/** Each group's flow goes to its chunks in chunk order: the earliest activity first. */
function handOut(
  chunks: CreditChunks,
  available: Float64Array,
  paths: Paths,
  groups: { of: Int32Array; edges: number[] },
  net: FlowNetwork,
  outsideFull: boolean,
  results: Allocation,
): void {
  const { count, owner, category, approved, kind } = chunks;
  const flowLeft = Float64Array.from(groups.edges, (edge) => net.flow(edge));
  // Which limits are full, by kind and category number.
  const kindFull = Uint8Array.from(paths.kindEdge, (edge) => (edge >= 0 && net.saturated(edge) ? 1 : 0));
  const categoryFull = Uint8Array.from(paths.categoryEdge, (edge, number) =>
    edge >= 0 && paths.categoryCapped[number] && net.saturated(edge) ? 1 : 0,
  );
  for (let i = 0; i < count; i++) {
    const group = groups.of[i] as number;
    if (group < 0) continue;
    const points = available[i] as number;
    const counted = Math.min(points, flowLeft[group] as number);
    results.counted[i] = counted;
    flowLeft[group] = (flowLeft[group] as number) - counted;
    if (points - counted <= 0) continue;
    results.leftOut[i] = (results.leftOut[i] as number) + points - counted;
    // Name every limit on this credit's way that is full.
    const who = owner[i] as number;
    let causes = results.causes[i] as number;
    if (outsideFull && !approved[who]) causes = addCause(causes, OUTSIDE_CAP);
    if (kindFull[kind[who] as number]) causes = addCause(causes, KIND_CAP);
    if (categoryFull[category[i] as number]) causes = addCause(causes, CATEGORY_MAX);
    results.causes[i] = causes;
  }
}
