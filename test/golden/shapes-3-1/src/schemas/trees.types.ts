/** A node of a tree; children are nodes too. */
export interface TreeNode {
  value: number | string;
  children: TreeNode[];
  /** The parent node, or null at the root. */
  parent?: TreeNode | null;
  weight?: Weight & number;
}

/** @minimum 0 */
export type Weight = number;
