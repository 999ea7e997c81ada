export interface TreeNodeOf<T> {
  item: T;
  children: TreeNodeOf<T>[];
}

/**
 * Builds a tree from a flat list with parentId, siblings ordered by sortOrder (when the items have
 * one) and otherwise kept in the order the server sent. Items whose parent is not in the list
 * become roots (a user may see a subtree only).
 */
export function buildTree<T extends { id: number; parentId: number | null; sortOrder?: number | null }>(items: readonly T[]): TreeNodeOf<T>[] {
  const nodes = new Map<number, TreeNodeOf<T>>();
  const position = new Map<number, number>();
  items.forEach((item, index) => {
    nodes.set(item.id, { item, children: [] });
    position.set(item.id, index);
  });
  const roots: TreeNodeOf<T>[] = [];
  for (const node of nodes.values()) {
    const parent = node.item.parentId === null ? undefined : nodes.get(node.item.parentId);
    (parent ? parent.children : roots).push(node);
  }
  const order = (list: TreeNodeOf<T>[]) => {
    list.sort((a, b) => (a.item.sortOrder ?? 0) - (b.item.sortOrder ?? 0) || position.get(a.item.id)! - position.get(b.item.id)!);
    for (const n of list) order(n.children);
  };
  order(roots);
  return roots;
}

/** The ids of a node and all its descendants (a node cannot move under itself). */
export function subtreeIds<T extends { id: number }>(node: TreeNodeOf<T>): Set<number> {
  const ids = new Set<number>([node.item.id]);
  const walk = (n: TreeNodeOf<T>) => n.children.forEach((c) => (ids.add(c.item.id), walk(c)));
  walk(node);
  return ids;
}

export function findNode<T extends { id: number }>(roots: TreeNodeOf<T>[], id: number): TreeNodeOf<T> | undefined {
  for (const n of roots) {
    if (n.item.id === id) return n;
    const found = findNode(n.children, id);
    if (found) return found;
  }
  return undefined;
}
