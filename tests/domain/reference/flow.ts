/**
 * A small max-flow network (Edmonds–Karp: shortest augmenting paths by breadth-first
 * search). The allocation network has a handful of nodes (credit groups, categories),
 * so simplicity beats speed here. Capacities are integers (hundredths of a point), so
 * the flow is integral. Edges are scanned in insertion order, which makes the result
 * deterministic for a given construction order.
 */
export class FlowNetwork {
  private readonly adjacency: number[][] = [];
  private readonly edgeTo: number[] = [];
  private readonly edgeCapacity: number[] = [];
  private readonly edgeFlow: number[] = [];

  addNode(): number {
    this.adjacency.push([]);
    return this.adjacency.length - 1;
  }

  /** Adds an edge and its residual twin; returns the edge's id (the twin is id ^ 1). */
  addEdge(from: number, to: number, capacity: number): number {
    const id = this.edgeTo.length;
    this.edgeTo.push(to, from);
    this.edgeCapacity.push(capacity, 0);
    this.edgeFlow.push(0, 0);
    this.outgoing(from).push(id);
    this.outgoing(to).push(id + 1);
    return id;
  }

  /** Raising a capacity keeps the current flow valid, so phases can build on each other. */
  setCapacity(edge: number, capacity: number): void {
    if (capacity < this.flow(edge))
      throw new Error('A capacity cannot drop below the flow already on the edge.');
    this.edgeCapacity[edge] = capacity;
  }

  capacity(edge: number): number {
    return this.edgeCapacity[edge] ?? 0;
  }

  flow(edge: number): number {
    return this.edgeFlow[edge] ?? 0;
  }

  saturated(edge: number): boolean {
    return this.flow(edge) >= this.capacity(edge);
  }

  /** Pushes as much additional flow from source to sink as the capacities allow. */
  augment(source: number, sink: number): number {
    let total = 0;
    for (;;) {
      const via = this.shortestPath(source, sink);
      if (!via) return total;
      let bottleneck = Number.POSITIVE_INFINITY;
      for (let node = sink; node !== source;) {
        const edge = via[node] as number;
        bottleneck = Math.min(bottleneck, this.residual(edge));
        node = this.edgeTo[edge ^ 1] as number;
      }
      for (let node = sink; node !== source;) {
        const edge = via[node] as number;
        this.edgeFlow[edge] = this.flow(edge) + bottleneck;
        this.edgeFlow[edge ^ 1] = this.flow(edge ^ 1) - bottleneck;
        node = this.edgeTo[edge ^ 1] as number;
      }
      total += bottleneck;
    }
  }

  private residual(edge: number): number {
    return this.capacity(edge) - this.flow(edge);
  }

  private outgoing(node: number): number[] {
    const list = this.adjacency[node];
    if (!list) throw new Error(`No node ${node} in the flow network.`);
    return list;
  }

  /** For each reached node, the edge used to reach it; null when the sink is unreachable. */
  private shortestPath(source: number, sink: number): Int32Array | null {
    const via = new Int32Array(this.adjacency.length).fill(-1);
    const queue = [source];
    const seen = new Uint8Array(this.adjacency.length);
    seen[source] = 1;
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head] as number;
      for (const edge of this.outgoing(node)) {
        const next = this.edgeTo[edge] as number;
        if (seen[next] || this.residual(edge) <= 0) continue;
        seen[next] = 1;
        via[next] = edge;
        if (next === sink) return via;
        queue.push(next);
      }
    }
    return null;
  }
}
