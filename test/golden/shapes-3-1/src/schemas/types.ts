export interface Circle {
  kind: 'circle';
  radius: number;
  /** @example "unit circle" */
  label?: string | null;
}

/** A circle or a square, told apart by `kind`. */
export type Shape = Circle | Square;

export interface Square {
  kind: 'square';
  side: number;
  tags?: string[];
}

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
