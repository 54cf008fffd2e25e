import type { TreeNode } from '../schemas/trees.types.js';

/** Parameters of `trees.listTrees` (`GET /trees`). */
export type TreeListTreesParams = Record<string, unknown>;

export type TreeListTreesResponse = TreeNode[];
